using System.CommandLine;
using System.Globalization;
using System.Text;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;
using ProfileMiner.Index;
using ProfileMiner.Model;
using ProfileMiner.Output;
using ProfileMiner.Segment;

namespace ProfileMiner.Cli.Commands;

/// <summary><c>search</c>: queries the index of OUT, finds passages like one, and keeps saved searches.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string[]>("query")
        {
            Description = "Lucene query syntax: words, \"phrases\", AND/OR/NOT, field:value (council, region, kind, doc, year, theme, heading, has_metrics, has_claims), wildcards*, fuzzy~.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = CommonOptions.Out();
        var council = Multi("--council", "Only these councils (any registry spelling or GSS code: \"Lancashire County Council\", \"St. Helens\"; repeat for several).");
        var region = Multi("--region", "Only these regions (e.g. \"North West\").");
        var theme = Multi("--theme", "Only passages with these themes (ids from THEMES.md).");
        var kind = Multi("--kind", "Only these document kinds (" + string.Join(", ", DocumentKinds.Names) + ").");
        var doc = Multi("--doc", "Only these documents (file names).");
        var year = Multi("--year", "Only documents whose period touches this year (2016), or a range (2015-2017, 2015-, -2016).");
        var top = new Option<int>("--top", "-n") { Description = "Number of hits to show.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: {\"total\", \"hits\", \"facets\"}." };
        var all = new Option<bool>("--all") { Description = "Require every word of the query, never relaxing (a plain query relaxes one word at a time while fewer than 10 passages have them all; a Lucene-syntax query joins its words with AND instead of OR)." };
        var like = new Option<string?>("--like") { Description = "Find passages like this one: DOC:LINE (text), DOC:pPAGE (PDF) or a hit's key (file#block)." };
        var save = new Option<string?>("--save") { Description = "Save the query and filters under this name; each run then reports the passages new since the last run." };
        var saved = new Option<bool>("--saved") { Description = "List the saved searches with the passages the last run found new." };
        var forget = new Option<string?>("--forget") { Description = "Delete the saved search of this name." };
        var thesaurus = new Option<string?>("--thesaurus") { Description = "A thesaurus file (the format of corpus/search/thesaurus.txt) whose entries are applied besides the shipped ones." };
        var command = new Command("search", "Search the passages indexed by 'run' or 'index' (BM25), with facet counts and duplicates collapsed.\n" + CliApp.ExitCodeHelp)
        {
            query, output, council, region, theme, kind, doc, year, top, json, all, like, save, saved, forget, thesaurus,
        };
        command.SetAction(parse =>
        {
            var outFolder = parse.GetValue(output)!;
            var request = new SearchRequest
            {
                Query = string.Join(' ', parse.GetValue(query) ?? []),
                Like = parse.GetValue(like),
                Councils = parse.GetValue(council) ?? [],
                Regions = parse.GetValue(region) ?? [],
                Themes = parse.GetValue(theme) ?? [],
                Kinds = [.. (parse.GetValue(kind) ?? []).Select(KindFilter)],
                Docs = parse.GetValue(doc) ?? [],
                Years = parse.GetValue(year) ?? [],
                Top = parse.GetValue(top),
                RequireAllWords = parse.GetValue(all),
            };
            if (request.Top is < 1 or > SearchRequest.MaxTop)
            {
                throw new ProfileMinerException(DiagnosticCodes.SearchOptionInvalid, string.Create(CultureInfo.InvariantCulture, $"--top must be between 1 and {SearchRequest.MaxTop}, not {request.Top}"));
            }

            // Every council name a user types resolves through the registry ("Lancashire County Council", "St. Helens").
            var warnings = new DiagnosticBag();
            if (request.Councils.Count > 0)
            {
                request = request with { Councils = CouncilDirectory.Default.ResolveFilters(request.Councils, "--council", warnings) };
            }
            DiagnosticPrinter.Print(context.Error, warnings.Items, includeInfo: false);
            var asJson = parse.GetValue(json);
            var store = new SavedSearchStore(SavedSearchStore.PathFor(outFolder));
            if (parse.GetValue(forget) is { } name)
            {
                bool removed;
                using (LockIfPresent(outFolder))
                {
                    removed = store.Remove(name);
                }

                if (!removed)
                {
                    throw new ProfileMinerException(DiagnosticCodes.SavedSearchInvalid, $"no saved search named '{name}'");
                }

                context.Out.WriteLine($"forgot saved search '{name}'");
                return ExitCodes.Success;
            }

            if (parse.GetValue(saved))
            {
                PrintSaved(context.Out, store.Load());
                return ExitCodes.Success;
            }

            // Without --thesaurus, the index opens with the default ranking, which it makes ready while Lucene's files open.
            var ranking = parse.GetValue(thesaurus) is { } extra
                ? SearchRanking.Default with { Thesaurus = Thesaurus.Shipped.With(Thesaurus.Load(extra)) }
                : null;
            using var index = SearchIndex.Open(outFolder, ranking);
            if (parse.GetValue(save) is { } saveName)
            {
                if (request.Like is not null)
                {
                    throw new ProfileMinerException(DiagnosticCodes.SavedSearchInvalid, "--save stores a query and filters, not --like");
                }

                int found;
                using (LockIfPresent(outFolder))
                {
                    // A run swaps its copy of the saved searches in at its end: saving waits for it, so neither loses the other's.
                    found = store.Save(saveName, request, index);
                }

                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"saved search '{saveName.Trim()}': {found} passage(s) now; each run reports the new ones"));
                return ExitCodes.Success;
            }

            var result = index.Search(request);
            context.Out.WriteLine(asJson ? SearchResultJson.Serialize(result) : Format(result, request));
            return ExitCodes.Success;
        });
        return command;
    }

    private static OutputLock? LockIfPresent(string outFolder) =>
        Directory.Exists(outFolder) ? OutputLock.Acquire(outFolder, wait: true) : null;

    // A kind as the index holds it; an unknown one is an error naming the kinds, not a search that finds nothing.
    private static string KindFilter(string name) =>
        DocumentKinds.TryParse(name, out var kind)
            ? DocumentKinds.Name(kind)
            : throw new ProfileMinerException(DiagnosticCodes.SearchOptionInvalid, $"--kind '{name}' is not a kind of document; the kinds are {string.Join(", ", DocumentKinds.Names)}");

    private static Option<string[]> Multi(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The result as text: one block per hit, then the facet counts.</summary>
    internal static string Format(SearchResult result, SearchRequest request)
    {
        var text = new StringBuilder();
        // Text from documents and queries is printed with control and bidirectional characters escaped.
        var what = DisplayText.Escape(request.Like is not null ? $"passages like {request.Like}" : request.Query.Length > 0 ? $"'{request.Query}'" : "the filters");
        text.Append(CultureInfo.InvariantCulture, $"{result.Total} hit(s) for {what}");
        if (result.Passages != result.Total)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({result.Passages} passages, duplicates shown once)");
        }

        text.AppendLine();
        if (result.Words > 1)
        {
            var expected = string.Join(", ", result.ExpectedWords);
            text.AppendLine(result.Relaxed == 0
                ? string.Create(CultureInfo.InvariantCulture, $"every hit has all of: {expected}")
                : string.Create(CultureInfo.InvariantCulture, $"relaxed {result.Relaxed} word(s), as too few passages have all of {expected}: every hit has at least {result.RequiredWords} of them"));
        }

        var rank = 0;
        foreach (var hit in result.Hits)
        {
            rank++;
            text.AppendLine();
            // The document's title and period (once, when the title already says it).
            var period = hit.Period is { Length: > 0 } p && !(hit.Title ?? string.Empty).Contains(p, StringComparison.Ordinal) ? p : null;
            var document = string.Join(", ", new[] { hit.Title, period }.Where(t => !string.IsNullOrEmpty(t)));
            text.Append(CultureInfo.InvariantCulture, $"{rank,2}. {hit.Council ?? "(no council)"} | {(document.Length > 0 ? document + " | " : string.Empty)}{Where(hit.Doc, hit.Page, hit.Line)} | score {hit.Score:0.00}");
            if (hit.Themes.Length > 0)
            {
                text.Append(" | themes ").Append(string.Join(", ", hit.Themes));
            }

            text.AppendLine();
            if (!string.IsNullOrEmpty(hit.Heading))
            {
                text.Append("    in: ").AppendLine(DisplayText.Escape(hit.Heading));
            }

            text.Append("    ").AppendLine(DisplayText.Escape(hit.Snippet));
            if (hit.Page is not null && hit.Link is { } link)
            {
                text.Append("    open: ").AppendLine(link);
            }

            if (hit.AlsoIn.Length > 0)
            {
                text.Append("    also in: ").AppendLine(string.Join("; ", hit.AlsoIn.Select(a => Where(a.Doc, a.Page, a.Line))));
            }
        }

        if (result.Total > 0)
        {
            text.AppendLine();
            foreach (var (facet, counts) in result.Facets.Where(f => f.Value.Length > 0))
            {
                text.Append(CultureInfo.InvariantCulture, $"{facet}: ").AppendLine(string.Join(", ", counts.Take(12).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Count}"))) + (counts.Length > 12 ? ", ..." : string.Empty));
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Where(string doc, int? page, int? line) => DisplayText.Escape(
        page is { } p ? string.Create(CultureInfo.InvariantCulture, $"{doc} p.{p}")
        : line is { } l ? string.Create(CultureInfo.InvariantCulture, $"{doc} line {l}")
        : doc);

    private static void PrintSaved(TextWriter output, IReadOnlyList<SavedSearch> searches)
    {
        if (searches.Count == 0)
        {
            output.WriteLine("no saved searches (save one with: profileminer search --save NAME QUERY)");
            return;
        }

        foreach (var search in searches)
        {
            var last = search.LastRun is { } run ? run.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "not run since saved";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{search.Name}: '{search.Query}' | last run {last} | {search.New.Count} new"));
            foreach (var hit in search.New)
            {
                var snippet = hit.Text.Length > 160 ? hit.Text[..160] + " …" : hit.Text;
                output.WriteLine($"    {hit.Council ?? "(no council)"} | {Where(hit.Doc, hit.Page, hit.Line)} | {snippet}");
            }
        }
    }
}
