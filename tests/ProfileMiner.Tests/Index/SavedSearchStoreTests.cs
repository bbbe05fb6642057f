using ProfileMiner.Diagnostics;
using ProfileMiner.Index;
using ProfileMiner.Pipeline;

namespace ProfileMiner.Tests.Index;

public sealed class SavedSearchStoreTests
{
    [Fact]
    public async Task A_run_reports_the_passages_new_since_the_last_run_once()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        var store = new SavedSearchStore(SavedSearchStore.PathFor(corpus.Output));
        using (var index = await corpus.IndexAsync())
        {
            Assert.True(store.Save("lives", new SearchRequest { Query = "\"shared lives\" OR reablement" }, index) > 0);
        }

        corpus.Temp.Write("in/oldham.md", "# Oldham strategy\n\nName of Local Authority: Oldham\n\nOur Shared Lives carers now support 40 people.\n");
        var pipeline = new PipelineBuilder { Publishers = { PassageIndexer.Default } }.Build();
        var run = await pipeline.RunAsync([corpus.Input], corpus.Output);

        var news = Assert.Single(run.Diagnostics, d => d.Code == DiagnosticCodes.SavedSearchNews);
        Assert.Contains("'lives': 1 new passage", news.Message, StringComparison.Ordinal);
        var saved = Assert.Single(store.Load());
        var fresh = Assert.Single(saved.New);
        Assert.Equal("oldham.md", fresh.Doc);
        Assert.Equal("Oldham", fresh.Council);

        var again = await pipeline.RunAsync([corpus.Input], corpus.Output);
        Assert.Contains("'lives': 0 new passage", Assert.Single(again.Diagnostics, d => d.Code == DiagnosticCodes.SavedSearchNews).Message, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(store.Load()).New);
    }

    [Fact]
    public async Task Saving_under_the_same_name_replaces_and_forget_removes()
    {
        using var corpus = new SearchCorpus(withCopy: false);
        var store = new SavedSearchStore(SavedSearchStore.PathFor(corpus.Output));
        using var index = await corpus.IndexAsync();

        store.Save("x", new SearchRequest { Query = "carers" }, index);
        store.Save("X", new SearchRequest { Query = "hospital", Councils = ["Bury"] }, index);

        var saved = Assert.Single(store.Load());
        Assert.Equal(("hospital", "Bury"), (saved.Query, Assert.Single(saved.Councils)));
        Assert.True(store.Remove("x"));
        Assert.Empty(store.Load());
        Assert.False(store.Remove("x"));
    }

    [Fact]
    public void A_broken_file_is_one_clear_error()
    {
        using var temp = new ProfileMiner.Tests.Support.TempDirectory();
        var path = temp.Write(SavedSearchStore.FileName, "{ not json");

        var e = Assert.Throws<ProfileMinerException>(() => new SavedSearchStore(path).Load());

        Assert.Equal(DiagnosticCodes.SavedSearchInvalid, e.Diagnostics[0].Code);
        Assert.StartsWith(SavedSearchStore.FileName, e.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}
