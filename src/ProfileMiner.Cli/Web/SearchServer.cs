using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProfileMiner.Diagnostics;
using ProfileMiner.Index;
using ProfileMiner.Segment;

namespace ProfileMiner.Cli.Web;

/// <summary>
/// The local search page: static HTML, JS and CSS embedded in the CLI, and a small JSON API over the
/// index of an output folder, served by Kestrel on 127.0.0.1 only. The index is reopened when a run
/// replaces it.
/// </summary>
internal sealed class SearchServer : IAsyncDisposable
{
    private static readonly string[] s_facetParameters = ["council", "theme", "kind", "year", "region", "doc"];
    private readonly WebApplication _app;
    private readonly IndexHolder _index;

    private SearchServer(WebApplication app, IndexHolder index, Uri address)
    {
        _app = app;
        _index = index;
        Address = address;
    }

    /// <summary>Where the page is, e.g. <c>http://127.0.0.1:5055/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Opens the index of <paramref name="outputFolder"/> and starts serving on <paramref name="port"/> (0: any free port).</summary>
    /// <exception cref="ProfileMinerException">There is no index, or the port cannot be used.</exception>
    public static async Task<SearchServer> StartAsync(string outputFolder, int port, CancellationToken cancellationToken)
    {
        var index = new IndexHolder(outputFolder);
        index.Current(); // fail now, with the clear message, when there is no index
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        Map(app, index, outputFolder);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            index.Dispose();
            throw new ProfileMinerException(DiagnosticCodes.SearchOptionInvalid, string.Create(CultureInfo.InvariantCulture, $"cannot listen on 127.0.0.1:{port} ({ExceptionText.Describe(e)}); try another --port"));
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SearchServer(app, index, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: stop serving.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _index.Dispose();
    }

    /// <summary>The longest one search may take before the page is told so (the work is bounded by <see cref="QueryLimits"/>).</summary>
    internal static readonly TimeSpan SearchTimeLimit = TimeSpan.FromSeconds(10);

    // Searches run at once; more wait their turn (within the time limit).
    private static readonly SemaphoreSlim s_searches = new(Math.Max(2, Environment.ProcessorCount / 2));

    /// <summary>
    /// Refuses what a web page elsewhere could send: a Host header other than this server's own
    /// address (127.0.0.1 or localhost with its port), which is how a DNS-rebinding page would reach
    /// it, and a request a browser marks as coming from another site (<c>Sec-Fetch-Site: cross-site</c>,
    /// or an <c>Origin</c> that is not this server).
    /// </summary>
    internal static string? Refusal(HttpRequest request, int port)
    {
        var host = request.Host;
        var name = host.Host;
        var hostPort = host.Port ?? 80;
        if (!host.HasValue || !(name.Equals("127.0.0.1", StringComparison.Ordinal) || name.Equals("localhost", StringComparison.OrdinalIgnoreCase)) || hostPort != port)
        {
            return string.Create(CultureInfo.InvariantCulture, $"this server answers to http://127.0.0.1:{port}/ and http://localhost:{port}/ only");
        }

        if (request.Headers["Sec-Fetch-Site"].ToString() is "cross-site")
        {
            return "requests from other sites are refused";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"http://{host}", StringComparison.OrdinalIgnoreCase))
        {
            return "requests from other sites are refused";
        }

        return null;
    }

    private static void Map(WebApplication app, IndexHolder index, string outputFolder)
    {
        app.Use(async (context, next) =>
        {
            if (Refusal(context.Request, context.Connection.LocalPort) is { } refusal)
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["error"] = refusal }).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/app.js", () => Asset("app.js", "text/javascript; charset=utf-8"));
        app.MapGet("/app.css", () => Asset("app.css", "text/css; charset=utf-8"));
        app.MapGet("/api/info", () =>
        {
            var current = index.Current();
            return Results.Json(new Dictionary<string, object?>
            {
                ["passages"] = current.PassageCount,
                ["documents"] = current.Manifest.Documents,
                ["built"] = current.Manifest.Built.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                ["stemmer"] = current.Manifest.Stemmer,
                ["synonyms"] = current.Manifest.Synonyms,
                ["report"] = File.Exists(ThemesReport(outputFolder)),
            });
        });
        app.MapGet("/api/search", async (HttpRequest request) =>
        {
            var query = request.Query;
            var top = int.TryParse(query["top"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 10;
            var search = new SearchRequest
            {
                Query = query["q"].ToString(),
                Like = string.IsNullOrEmpty(query["like"]) ? null : query["like"].ToString(),
                Councils = CouncilDirectory.Default.ResolveFilters(Values(query, "council"), "council", new DiagnosticBag()),
                Themes = Values(query, "theme"),
                Kinds = Values(query, "kind"),
                Years = Values(query, "year"),
                Regions = Values(query, "region"),
                Docs = Values(query, "doc"),
                Top = top,
            };
            try
            {
                var result = await SearchWithinLimit(index.Current(), search).ConfigureAwait(false);
                return Results.Text(SearchResultJson.Serialize(result), "application/json; charset=utf-8");
            }
            catch (ProfileMinerException e)
            {
                return Error(e);
            }
        });
        app.MapGet("/api/passage", (string key, string? q) =>
        {
            try
            {
                var current = index.Current();
                var hit = current.Passage(key);
                var context = current.Context(hit.Key, 6, q);
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream))
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("passage");
                    SearchResultJson.WriteHit(writer, hit);
                    writer.WriteStartArray("context");
                    foreach (var passage in context)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("key", passage.Key);
                        writer.WriteString("text", passage.Text);
                        writer.WriteString("block", passage.Block);
                        writer.WriteBoolean("target", passage.IsTarget);
                        writer.WriteStartArray("marks");
                        foreach (var (start, end) in passage.Marks)
                        {
                            writer.WriteStartArray();
                            writer.WriteNumberValue(start);
                            writer.WriteNumberValue(end);
                            writer.WriteEndArray();
                        }

                        writer.WriteEndArray();
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                return Results.Bytes(stream.ToArray(), "application/json; charset=utf-8");
            }
            catch (ProfileMinerException e)
            {
                return Error(e);
            }
        });
        app.MapGet("/api/source", (string key) =>
        {
            // Only a file the index names for one of its passages: the page links to the PDF page of a hit.
            try
            {
                var path = index.Current().Passage(key).SourcePath;
                if (path is null || !File.Exists(path))
                {
                    return Results.NotFound();
                }

                var type = Path.GetExtension(path).ToLowerInvariant() switch
                {
                    ".pdf" => "application/pdf",
                    ".txt" or ".md" => "text/plain; charset=utf-8",
                    _ => "application/octet-stream",
                };
                return Results.File(path, type, enableRangeProcessing: true);
            }
            catch (ProfileMinerException e)
            {
                return Error(e);
            }
        });
        app.MapGet("/report/themes.html", () =>
        {
            var path = ThemesReport(outputFolder);
            return File.Exists(path) ? Results.File(Path.GetFullPath(path), "text/html; charset=utf-8") : Results.NotFound();
        });
    }

    /// <summary>
    /// Runs a search on a pool thread and waits at most <see cref="SearchTimeLimit"/> for it (and for
    /// a turn): past it the page gets an error (PM4008) at once, and the worker is free; the search
    /// itself, kept small by <see cref="QueryLimits"/>, ends on its own.
    /// </summary>
    internal static Task<SearchResult> SearchWithinLimit(SearchIndex index, SearchRequest request)
    {
        QueryLimits.Check(request.Query);
        return RunWithinLimit(() => index.Search(request), SearchTimeLimit);
    }

    /// <summary>Runs <paramref name="search"/> on a pool thread, one of a few at once; PM4008 when it (with its wait for a turn) takes longer than <paramref name="limit"/>.</summary>
    internal static async Task<T> RunWithinLimit<T>(Func<T> search, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (!await s_searches.WaitAsync(limit).ConfigureAwait(false))
        {
            throw TimedOut(limit);
        }

        var running = Task.Run(() =>
        {
            try
            {
                return search();
            }
            finally
            {
                s_searches.Release();
            }
        });
        try
        {
            var left = limit - clock.Elapsed;
            return await running.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw TimedOut(limit);
        }
    }

    private static ProfileMinerException TimedOut(TimeSpan limit) =>
        new(DiagnosticCodes.QueryTooCostly, string.Create(CultureInfo.InvariantCulture, $"the search took longer than {limit.TotalSeconds:0.#} s; make the query more specific"));

    private static string ThemesReport(string outputFolder) => Path.Combine(outputFolder, "report", "themes.html");

    private static string[] Values(IQueryCollection query, string name) =>
        s_facetParameters.Contains(name, StringComparer.Ordinal) ? [.. query[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)] : [];

    private static IResult Error(ProfileMinerException e) =>
        Results.Json(new Dictionary<string, string> { ["error"] = string.Join(" ", e.Diagnostics.Select(d => d.Message)) }, statusCode: StatusCodes.Status400BadRequest);

    private static IResult Asset(string name, string contentType)
    {
        using var stream = typeof(SearchServer).Assembly.GetManifestResourceStream("ProfileMiner.Cli.Web." + name)
            ?? throw new InvalidOperationException($"the page asset {name} is not embedded");
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), contentType);
    }

    /// <summary>The open index, reopened when a run has swapped in a new one.</summary>
    private sealed class IndexHolder(string outputFolder) : IDisposable
    {
        private readonly Lock _lock = new();
        private SearchIndex? _index;
        private DateTime _stamp;

        public SearchIndex Current()
        {
            lock (_lock)
            {
                var manifest = Path.Combine(SearchIndexOptions.IndexFolder(outputFolder), IndexManifest.FileName);
                var stamp = File.Exists(manifest) ? File.GetLastWriteTimeUtc(manifest) : DateTime.MinValue;
                if (_index is null || stamp != _stamp)
                {
                    // The old reader may still serve a request in flight; it is closed when the holder is.
                    var fresh = SearchIndex.Open(outputFolder);
                    _retired.Add(_index);
                    _index = fresh;
                    _stamp = stamp;
                }

                return _index;
            }
        }

        private readonly List<SearchIndex?> _retired = [];

        public void Dispose()
        {
            lock (_lock)
            {
                foreach (var old in _retired)
                {
                    old?.Dispose();
                }

                _index?.Dispose();
            }
        }
    }
}
