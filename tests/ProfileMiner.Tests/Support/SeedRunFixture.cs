using ProfileMiner.Pipeline;

namespace ProfileMiner.Tests.Support;

/// <summary>One default pipeline run over the shipped seeds into a temp folder, shared by a test class.</summary>
public sealed class SeedRunFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _output = new();

    internal string OutputFolder => _output.Path;

    internal CorpusResult Result { get; private set; } = null!;

    public string DocumentsJsonl => Path.Combine(OutputFolder, "documents.jsonl");

    public string PassagesJsonl => Path.Combine(OutputFolder, "passages.jsonl");

    public async Task InitializeAsync() =>
        Result = await ProfileMiner.Pipeline.Pipeline.CreateDefault().RunAsync([RepoPaths.Seeds], _output.Path);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _output.Dispose();
}
