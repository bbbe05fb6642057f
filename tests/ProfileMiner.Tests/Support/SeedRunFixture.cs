using ProfileMiner.Pipeline;

namespace ProfileMiner.Tests.Support;

/// <summary>
/// One default pipeline run over the shipped seeds into a temp folder, made once per test run and
/// shared by every class that uses it (they only read what it wrote).
/// </summary>
public sealed class SeedRunFixture : IAsyncLifetime
{
    private static readonly TempDirectory s_output = TempDirectory.ForTestRun();

    private static readonly Lazy<Task<CorpusResult>> s_result = new(
        () => ProfileMiner.Pipeline.Pipeline.CreateDefault().RunAsync([RepoPaths.Seeds], s_output.Path),
        LazyThreadSafetyMode.ExecutionAndPublication);

    internal string OutputFolder { get; } = s_output.Path;

    internal CorpusResult Result { get; private set; } = null!;

    public string DocumentsJsonl => Path.Combine(OutputFolder, "documents.jsonl");

    public string PassagesJsonl => Path.Combine(OutputFolder, "passages.jsonl");

    public async Task InitializeAsync() => Result = await s_result.Value;

    public Task DisposeAsync() => Task.CompletedTask;
}
