using ProfileMiner.Model;

namespace ProfileMiner.Output;

/// <summary>Writes one output file of a run from the segmented documents.</summary>
public interface IOutputWriter
{
    /// <summary>The file name written under the output folder, e.g. <c>documents.jsonl</c>.</summary>
    string FileName { get; }

    /// <summary>Writes the output to <paramref name="stream"/> (the caller makes the write atomic).</summary>
    void Write(CorpusContent content, Stream stream);
}
