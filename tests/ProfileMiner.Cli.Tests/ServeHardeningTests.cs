using System.Net;
using ProfileMiner.Cli.Web;
using ProfileMiner.Diagnostics;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary>
/// <c>serve</c> answers only to its own address, refuses what other sites send, and bounds every
/// query: a regular expression that ran for minutes and 30,000 nested brackets are refused at once,
/// and a search past the time limit is an error while the worker goes free. The CLI's <c>search</c>
/// refuses the same queries.
/// </summary>
public sealed class ServeHardeningTests
{
    [Fact]
    public async Task The_server_refuses_other_hosts_and_other_sites_and_answers_its_own()
    {
        using var temp = new TempDirectory();
        await IndexAsync(temp);
        await using var server = await SearchServer.StartAsync(temp.File("out"), 0, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.Address };
        var port = server.Address.Port;

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/api/search?q=carers", host: $"127.0.0.1:{port}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/api/search?q=carers", host: $"localhost:{port}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/", host: $"127.0.0.1:{port}", origin: $"http://127.0.0.1:{port}"));

        // DNS rebinding: a page at attacker.example whose name now points at 127.0.0.1.
        Assert.Equal(HttpStatusCode.MisdirectedRequest, await StatusAsync(client, "/api/search?q=carers", host: $"attacker.example:{port}"));
        Assert.Equal(HttpStatusCode.MisdirectedRequest, await StatusAsync(client, "/", host: "127.0.0.1:1"));
        Assert.Equal(HttpStatusCode.MisdirectedRequest, await StatusAsync(client, "/api/search?q=carers", host: $"127.0.0.1:{port}", origin: "http://attacker.example"));
        Assert.Equal(HttpStatusCode.MisdirectedRequest, await StatusAsync(client, "/api/search?q=carers", host: $"127.0.0.1:{port}", fetchSite: "cross-site"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/api/search?q=carers", host: $"127.0.0.1:{port}", fetchSite: "same-origin"));
    }

    [Theory]
    [InlineData("/[a-z]{1,1000}x{1,1000}/")]
    [InlineData("/.*a.{40}/")]
    public async Task A_runaway_regular_expression_is_refused_at_once(string query)
    {
        using var temp = new TempDirectory();
        await IndexAsync(temp);
        await using var server = await SearchServer.StartAsync(temp.File("out"), 0, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.Address };

        // Refused by the limits before any automaton is built: a search that ran would answer 200
        // or, past the time limit, with PM4008's "took longer" message instead of this one.
        using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("steps that match any of several characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deeply_nested_brackets_are_refused_before_the_parser()
    {
        using var temp = new TempDirectory();
        await IndexAsync(temp);
        await using var server = await SearchServer.StartAsync(temp.File("out"), 0, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.Address };

        using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(new string('(', 300) + "carers" + new string(')', 300)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nests brackets more than 20 deep", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_past_the_time_limit_is_an_error_and_the_next_search_runs()
    {
        // The search holds until the test lets it go: the limit must answer while it still runs.
        using var gate = new ManualResetEventSlim();
        var finished = false;

        var slow = await Assert.ThrowsAsync<ProfileMinerException>(() => SearchServer.RunWithinLimit(() =>
        {
            gate.Wait(TimeSpan.FromMinutes(2));
            finished = true;
            return 1;
        }, TimeSpan.FromMilliseconds(300)));

        Assert.False(Volatile.Read(ref finished), "the limit waited for the search to finish");
        gate.Set();
        Assert.Equal("profileminer: error PM4008: the search took longer than 0.3 s; make the query more specific", Assert.Single(slow.Diagnostics).ToString());
        Assert.Equal(2, await SearchServer.RunWithinLimit(() => 2, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task The_cli_search_refuses_thirty_thousand_nested_brackets_in_one_line()
    {
        using var temp = new TempDirectory();
        await IndexAsync(temp);

        var run = await CliRunner.RunAsync("search", "--out", temp.File("out"), new string('(', 30_000) + "carers" + new string(')', 30_000));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("profileminer: error PM4008: the query is 60,006 characters long; at most 1,000 (limits keep every query quick; see docs/search.md#limits)", Assert.Single(run.ErrorLines));
        var nested = await CliRunner.RunAsync("search", "--out", temp.File("out"), new string('(', 300) + "carers" + new string(')', 300));
        Assert.Equal(2, nested.ExitCode);
        Assert.Contains("nests brackets more than 20 deep", Assert.Single(nested.ErrorLines), StringComparison.Ordinal);
    }

    private static async Task IndexAsync(TempDirectory temp)
    {
        SearchFixtureFiles.WriteTo(temp);
        var index = await CliRunner.RunAsync("index", temp.File("in"), "--out", temp.File("out"));
        Assert.True(index.ExitCode == 0, index.ToString());
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path, string host, string? origin = null, string? fetchSite = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
