using ProfileMiner.Tables;

namespace ProfileMiner.Output;

/// <summary>Writes one output file of a run from the run's tables.</summary>
public interface IOutputWriter
{
    /// <summary>The file name written under the output folder, e.g. <c>documents.jsonl</c>.</summary>
    string FileName { get; }

    /// <summary>Writes the output to <paramref name="stream"/> (the caller makes the write atomic).</summary>
    void Write(RunTables tables, Stream stream);
}
