using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ProfileMiner.Diagnostics;
using Directory = System.IO.Directory;

namespace ProfileMiner.Index;

/// <summary>
/// An open passage index: BM25 search in Lucene query syntax with filters, duplicate passages
/// collapsed into one hit, facet counts from doc values over the whole result set, snippets from
/// term vectors, "more like this", and a passage's context. Thread-safe; dispose to close the files.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private const int MaxAlsoIn = 20;
    private const int MaxFacetValues = 50;
    private static readonly ISet<string> s_mltStopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its", "of", "on",
        "or", "that", "the", "their", "there", "these", "this", "to", "was", "were", "which", "will", "with", "we", "our", "been", "all",
    };

    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly PassageAnalyzer _queryAnalyzer;
    private readonly Lazy<DocValueTable> _table;
    private readonly SearchRanking _ranking;
    private readonly ThesaurusMatcher? _thesaurus;
    private readonly Lazy<FixedBitSet[]> _passages;
    private readonly PhraseCache _phrases;
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    private SearchIndex(string folder, IndexManifest manifest, FSDirectory directory, DirectoryReader reader, SearchRanking ranking, QuerySide query)
    {
        Folder = folder;
        _directory = directory;
        _reader = reader;
        _ranking = ranking;
        _searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity(ranking.K1, ranking.B) };
        Manifest = manifest;
        _queryAnalyzer = query.Analyzer;
        _table = new Lazy<DocValueTable>(() => DocValueTable.Build(reader), LazyThreadSafetyMode.ExecutionAndPublication);
        _passages = new Lazy<FixedBitSet[]>(() => HitFilter.Passages(reader), LazyThreadSafetyMode.ExecutionAndPublication);
        _phrases = new PhraseCache();
        _thesaurus = query.Thesaurus;
    }

    /// <summary>The index folder.</summary>
    public string Folder { get; }

    /// <summary>What the index holds and how it was analysed.</summary>
    public IndexManifest Manifest { get; }

    /// <summary>Number of passages in the index.</summary>
    public int PassageCount => _reader.NumDocs;

    /// <summary>Opens the index of an output folder (<c>OUT/index</c>), ranking plain queries with <paramref name="ranking"/> (<see cref="SearchRanking.Default"/> when null).</summary>
    /// <exception cref="ProfileMinerException">There is no index there yet (PM4003).</exception>
    public static SearchIndex Open(string outputFolder, SearchRanking? ranking = null)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        return OpenFolder(SearchIndexOptions.IndexFolder(outputFolder), ranking);
    }

    /// <summary>Opens the index in <paramref name="indexFolder"/>, ranking plain queries with <paramref name="ranking"/> (<see cref="SearchRanking.Default"/> when null).</summary>
    /// <exception cref="ProfileMinerException">There is no index there (PM4003).</exception>
    public static SearchIndex OpenFolder(string indexFolder, SearchRanking? ranking = null)
    {
        ArgumentNullException.ThrowIfNull(indexFolder);
        ProfileMinerException Missing() => new(DiagnosticCodes.IndexMissing,
            $"there is no search index in '{indexFolder}'; run 'profileminer run' (or 'profileminer index') first");
        if (!Directory.Exists(indexFolder))
        {
            throw Missing();
        }

        // Lucene's files are opened on another core while this one reads the manifest and readies the
        // query side: a one-shot search spends most of its time starting these up, not searching.
        var opening = Task.Run(() => OpenLucene(indexFolder, Missing));
        var manifest = IndexManifest.Read(indexFolder);
        QuerySide? query;
        try
        {
            query = manifest is { Format: IndexManifest.CurrentFormat } ? QuerySide.Prepare(indexFolder, manifest, ranking ?? SearchRanking.Default) : null;
        }
        catch
        {
            // Lucene's files are closed again, once open (WaitAny, unlike Wait, does not throw when opening them failed too).
            Task.WaitAny(opening);
            if (opening.IsCompletedSuccessfully)
            {
                opening.Result.Reader.Dispose();
                opening.Result.Directory.Dispose();
            }

            throw;
        }

        FSDirectory directory;
        DirectoryReader reader;
        try
        {
            (directory, reader) = opening.GetAwaiter().GetResult();
        }
        catch
        {
            query?.Analyzer.Dispose();
            throw;
        }

        if (manifest is null || query is null)
        {
            reader.Dispose();
            directory.Dispose();
            throw new ProfileMinerException(DiagnosticCodes.IndexMissing,
                $"the search index in '{indexFolder}' was built by another version of ProfileMiner; run 'profileminer index' (or 'profileminer run') again");
        }

        return new SearchIndex(indexFolder, manifest, directory, reader, ranking ?? SearchRanking.Default, query);
    }

    private static (FSDirectory Directory, DirectoryReader Reader) OpenLucene(string indexFolder, Func<ProfileMinerException> missing)
    {
        var directory = FSDirectory.Open(indexFolder);
        try
        {
            return (directory, DirectoryReader.Open(directory));
        }
        catch (IndexNotFoundException)
        {
            directory.Dispose();
            throw missing();
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Runs a search.</summary>
    /// <exception cref="ProfileMinerException">The query is malformed (PM4002, with the position), a filter value is invalid or the passage to find more like is unknown.</exception>
    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Top is < 1 or > SearchRequest.MaxTop)
        {
            throw new ProfileMinerException(DiagnosticCodes.SearchOptionInvalid, string.Create(CultureInfo.InvariantCulture, $"the number of hits must be between 1 and {SearchRequest.MaxTop}, not {request.Top}"));
        }

        QueryLimits.Check(request.Query);
        var filter = HitFilter.Within(_passages.Value, BuildFilter(request), _filters);
        var table = _table.Value;
        var plan = request.Like is null && !string.IsNullOrWhiteSpace(request.Query)
            ? QueryPlan.TryCreate(request.Query, _queryAnalyzer, _reader, _ranking, _thesaurus, _phrases)
            : null;
        Query query;
        GroupingCollector collector;
        List<int>? ranked = null;
        Func<int, List<(int Start, int End)>> marker;
        ImmutableArray<string> words = [];
        var required = 0;
        if (plan is not null)
        {
            // Every word expected; while too few passages have them all, one word fewer, down to the floor.
            // Levels are only counted: each concept's matches once, then the passages matching enough of them.
            words = [.. plan.Required.Select(c => c.Surface)];
            required = words.Length;
            var floor = Math.Max(1, (int)Math.Ceiling(words.Length * _ranking.RelaxFloor));
            if (!request.RequireAllWords && required > floor)
            {
                var counter = new ConceptCounter(_reader.MaxDoc);
                for (var i = 0; i < plan.Required.Length; i++)
                {
                    _searcher.Search(plan.RequiredQuery(i), filter, counter);
                }

                required = counter.Level(table, required, floor, _ranking.RelaxBelow);
            }

            // Every match is scored by what it must match; the proximity of the words, the common
            // words and the other forms are scored only for the best passages of the leading groups,
            // which are the only ones shown.
            query = plan.Build(required);
            var window = _ranking.RescoreGroups;
            collector = Collect(window > 0 ? plan.Core(required) : query, filter, table, exclude: null, request);
            if (window > 0)
            {
                ranked = Rescore(query, collector, table, Math.Max(window, request.Top));
            }

            var marks = plan.MarkPatterns();
            marker = doc => PassageMarker.Find(_reader.GetTermVector(doc, IndexFields.Text), marks);
        }
        else
        {
            var (parsed, highlight, exclude) = BuildQuery(request);
            query = parsed;
            collector = Collect(query, filter, table, exclude, request);
            var terms = HighlightTerms(highlight);
            marker = doc => Marks(doc, terms);
        }

        // Duplicates are collapsed as they are collected: one hit per group, shown from a passage
        // outside duplicate sections when one matched. Facets count each group's shown passage.
        var seen = collector.Seen;
        var bestDoc = collector.BestDoc;
        var groupScore = collector.GroupScore;
        var facets = CountFacets(table, seen, bestDoc);
        var top = TopGroups(ranked ?? seen, groupScore, bestDoc, request.Top);

        // The other matching places of the groups shown, from the group's passages.
        var members = new List<List<(int Doc, bool Primary)>>(top.Count);
        foreach (var group in top)
        {
            var list = new List<(int Doc, bool Primary)>();
            for (var i = table.GroupStart[group]; i < table.GroupStart[group + 1]; i++)
            {
                var doc = table.GroupDocs[i];
                if (collector.Matched.Get(doc))
                {
                    list.Add((doc, table.Primary[doc]));
                }
            }

            members.Add(list);
        }

        var places = new PlaceReader(table);
        var hits = ImmutableArray.CreateBuilder<SearchHit>(top.Count);
        for (var t = 0; t < top.Count; t++)
        {
            var doc = bestDoc[top[t]];
            var hitPlace = places.Read(doc);
            var others = members[t]
                .Where(m => m.Doc != doc)
                .OrderByDescending(m => m.Primary).ThenBy(m => m.Doc)
                .Select(m => places.Read(m.Doc))
                .Where(s => s.Doc != hitPlace.Doc || s.Page != hitPlace.Page || s.Line != hitPlace.Line)
                .DistinctBy(s => (s.Doc, s.Page, s.Line))
                .Take(MaxAlsoIn)
                .ToImmutableArray();
            hits.Add(ToHit(doc, groupScore[top[t]], marker(doc)) with { AlsoIn = others });
        }

        return new SearchResult
        {
            Total = seen.Count,
            Passages = collector.Count,
            Hits = hits.ToImmutable(),
            Facets = facets,
            ParsedQuery = query.ToString(),
            ExpectedWords = words,
            RequiredWords = required,
        };
    }

    private GroupingCollector Collect(Query query, HitFilter filter, DocValueTable table, int? exclude, SearchRequest request)
    {
        var collector = new GroupingCollector(table, _reader.MaxDoc, exclude);
        try
        {
            _searcher.Search(query, filter, collector);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new ProfileMinerException(DiagnosticCodes.QueryInvalid, $"the query '{request.Query}' expands to too many terms; make its wildcards or fuzzy terms more specific");
        }

        return collector;
    }

    /// <summary>
    /// Scores the passage shown for each of the <paramref name="window"/> best groups, and its best
    /// passage when that is another, again with the whole <paramref name="query"/>, which gives the
    /// group's score, and returns those groups: the hits are ranked among them.
    /// </summary>
    private List<int> Rescore(Query query, GroupingCollector collector, DocValueTable table, int window)
    {
        var groups = TopGroups(collector.Seen, collector.GroupScore, collector.BestDoc, window);
        var docs = groups.SelectMany(g => new[] { collector.BestDoc[g], collector.TopDoc[g] }).ToHashSet();
        var scored = new HitCollector();
        _searcher.Search(query, new DocListFilter(docs), scored);
        var scores = new Dictionary<int, float>(scored.Docs.Count);
        for (var i = 0; i < scored.Docs.Count; i++)
        {
            scores[scored.Docs[i]] = scored.Scores[i] * table.Prior[scored.Docs[i]];
        }

        foreach (var group in groups)
        {
            var best = float.NegativeInfinity;
            foreach (var doc in (ReadOnlySpan<int>)[collector.BestDoc[group], collector.TopDoc[group]])
            {
                if (scores.TryGetValue(doc, out var score))
                {
                    best = Math.Max(best, score);
                }
            }

            collector.GroupScore[group] = float.IsNegativeInfinity(best) ? collector.GroupScore[group] : best;
        }

        return groups;
    }

    /// <summary>
    /// Finds the passage <paramref name="reference"/> names: <c>file#block</c> (the hit key),
    /// <c>DOC:LINE</c> for a text document, or <c>DOC:pPAGE</c> (its first passage on that page).
    /// </summary>
    /// <returns>The passage's key, or null when no passage matches.</returns>
    public string? Resolve(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Contains('#', StringComparison.Ordinal))
        {
            return FindDoc(reference) is { } found ? _searcher.Doc(found).Get(IndexFields.Key, CultureInfo.InvariantCulture) : null;
        }

        var colon = reference.LastIndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var file = reference[..colon];
        var where = reference[(colon + 1)..];
        var byPage = where.StartsWith('p');
        if (!int.TryParse(byPage ? where[1..] : where, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var collector = new HitCollector();
        _searcher.Search(new TermQuery(new Term(IndexFields.Doc, file.ToLowerInvariant())), collector);
        var candidates = collector.Docs.Select(d => _searcher.Doc(d))
            .Select(d => (Key: d.Get(IndexFields.Key, CultureInfo.InvariantCulture), Block: d.GetField(IndexFields.BlockIndex)?.GetInt32Value() ?? 0, Page: d.GetField(IndexFields.Page)?.GetInt32Value(), Line: d.GetField(IndexFields.Line)?.GetInt32Value()))
            .OrderBy(c => c.Block)
            .ToList();
        var match = byPage
            ? candidates.FirstOrDefault(c => c.Page == number)
            : candidates.FirstOrDefault(c => c.Line == number);
        return match.Key;
    }

    /// <summary>
    /// The passage <paramref name="key"/> with up to <paramref name="radius"/> passages of its document
    /// on each side; with <paramref name="query"/>, each marked where that query matches it.
    /// </summary>
    /// <exception cref="ProfileMinerException">No passage has that key (PM4005).</exception>
    public ImmutableArray<ContextPassage> Context(string key, int radius, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var target = FindDoc(key) ?? throw new ProfileMinerException(DiagnosticCodes.PassageNotFound, $"no passage '{key}' in the index");
        var stored = _searcher.Doc(target);
        var file = stored.Get(IndexFields.Doc, CultureInfo.InvariantCulture);
        var block = stored.GetField(IndexFields.BlockIndex)?.GetInt32Value() ?? 0;
        var range = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Doc, file.ToLowerInvariant())), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(IndexFields.BlockIndex, block - radius, block + radius, true, true), Occur.MUST },
        };
        var collector = new HitCollector();
        _searcher.Search(range, collector);
        var marker = Marker(query);
        return [.. collector.Docs.Select(d => (Doc: d, Stored: _searcher.Doc(d)))
            .Select(d => new ContextPassage(
                d.Stored.Get(IndexFields.Key, CultureInfo.InvariantCulture),
                d.Stored.Get(IndexFields.Text, CultureInfo.InvariantCulture),
                d.Stored.Get(IndexFields.Block, CultureInfo.InvariantCulture),
                d.Stored.Get(IndexFields.Heading, CultureInfo.InvariantCulture),
                d.Stored.GetField(IndexFields.Page)?.GetInt32Value(),
                d.Stored.GetField(IndexFields.Line)?.GetInt32Value(),
                string.Equals(d.Stored.Get(IndexFields.Key, CultureInfo.InvariantCulture), key, StringComparison.OrdinalIgnoreCase))
            {
                Marks = marker is null ? [] : [.. SnippetBuilder.Merge(marker(d.Doc))],
            })
            .OrderBy(p => int.Parse(p.Key[(p.Key.LastIndexOf('#') + 1)..], CultureInfo.InvariantCulture))];
    }

    /// <summary>The hit for one passage (no query: no marks), for showing a passage by its key.</summary>
    /// <exception cref="ProfileMinerException">No passage has that key (PM4005).</exception>
    public SearchHit Passage(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var doc = FindDoc(key) ?? throw new ProfileMinerException(DiagnosticCodes.PassageNotFound, $"no passage '{key}' in the index");
        return ToHit(doc, 0, []);
    }

    /// <summary>The duplicate group of the passage a reference names (see <see cref="Resolve"/>), or null.</summary>
    public string? GroupOf(string reference)
    {
        var key = Resolve(reference);
        return key is null || FindDoc(key) is not { } doc ? null : _searcher.Doc(doc).Get(IndexFields.Group, CultureInfo.InvariantCulture);
    }

    /// <summary>The duplicate group of a judged passage (its document, line and opening words), or null when the index does not hold it.</summary>
    public string? GroupOf(JudgedPassage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var collector = new HitCollector();
        _searcher.Search(new TermQuery(new Term(IndexFields.Doc, passage.Doc.ToLowerInvariant())), collector);
        foreach (var doc in collector.Docs.Order())
        {
            var stored = _searcher.Doc(doc);
            if (stored.GetField(IndexFields.Line)?.GetInt32Value() == passage.Line
                && passage.Matches(passage.Place, stored.Get(IndexFields.Text, CultureInfo.InvariantCulture) ?? string.Empty))
            {
                return stored.Get(IndexFields.Group, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The distinct-text group of each passage key in the result, for saved searches.</summary>
    internal IReadOnlyList<(string Group, SearchHit Hit)> GroupsOf(SearchRequest request)
    {
        var result = Search(request with { Top = SearchRequest.MaxTop });
        return [.. result.Hits.Select(h => (PassageCatalog.GroupOf(h.Text), h))];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _queryAnalyzer.Dispose();
    }

    private (Query Query, Query Highlight, int? ExcludeGroup) BuildQuery(SearchRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Like))
        {
            var key = Resolve(request.Like.Trim())
                ?? throw new ProfileMinerException(DiagnosticCodes.PassageNotFound,
                    $"no passage '{request.Like}' in the index (give DOC:LINE for a text file, DOC:pPAGE for a PDF, or a hit's key file#block)");
            var doc = FindDoc(key)!.Value;
            var mlt = new MoreLikeThis(_reader)
            {
                Analyzer = _queryAnalyzer,
                FieldNames = [IndexFields.Text],
                MinTermFreq = 1,
                MinDocFreq = 2,
                MinWordLen = 3,
                MaxQueryTerms = 25,
                StopWords = s_mltStopWords,
            };
            var like = mlt.Like(doc);
            var exclude = MultiDocValues.GetSortedValues(_reader, IndexFields.Group).GetOrd(doc);
            return (like, like, exclude);
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            if (request.Unfiltered)
            {
                throw new ProfileMinerException(DiagnosticCodes.SearchOptionInvalid, "give a query, a passage to find others like, or at least one filter (council, theme, ...)");
            }

            var all = new MatchAllDocsQuery();
            return (all, all, null);
        }

        return (Parse(request, highlight: false), Parse(request, highlight: true), null);
    }

    private Query Parse(SearchRequest request, bool highlight)
    {
        var parser = new MultiFieldQueryParser(PassageAnalyzer.Version, [.. IndexFields.DefaultFields.Keys], _queryAnalyzer, IndexFields.DefaultFields.ToDictionary())
        {
            DefaultOperator = request.RequireAllWords ? Operator.AND : Operator.OR,
            AllowLeadingWildcard = true,
        };
        if (highlight)
        {
            parser.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(64);
        }

        try
        {
            return parser.Parse(request.Query);
        }
        catch (ParseException e)
        {
            throw new ProfileMinerException(DiagnosticCodes.QueryInvalid, DescribeParseError(request.Query, e.Message));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new ProfileMinerException(DiagnosticCodes.QueryInvalid, $"the query '{request.Query}' has too many terms");
        }
    }

    /// <summary>Turns the parser's message into one line: what was found where, in the user's terms.</summary>
    internal static string DescribeParseError(string query, string message)
    {
        var column = ColumnPattern().Match(message);
        var where = column.Success ? $" at column {column.Groups["column"].Value}" : string.Empty;
        string problem;
        var found = EncounteredPattern().Match(message);
        if (message.Contains("Lexical error", StringComparison.Ordinal))
        {
            problem = message.Contains("<EOF>", StringComparison.Ordinal) ? "a quote or bracket is not closed" : "a character the query syntax does not allow here";
        }
        else if (found.Success)
        {
            var token = found.Groups["token"].Value.Trim();
            problem = token.Contains("<EOF>", StringComparison.Ordinal)
                ? "the query ends where a term was expected (after an operator, a field name or an opening bracket)"
                : $"unexpected {token.Trim('"', ' ')}";
        }
        else
        {
            var firstLine = message.Split('\n')[0];
            var colon = firstLine.IndexOf("': ", StringComparison.Ordinal);
            problem = colon >= 0 ? firstLine[(colon + 3)..] : firstLine;
        }

        return $"cannot parse the query '{query}'{where}: {problem}";
    }

    private static BooleanQuery? BuildFilter(SearchRequest request)
    {
        if (request.Unfiltered)
        {
            return null;
        }

        var filter = new BooleanQuery();
        AddAlternatives(filter, IndexFields.Council, request.Councils);
        AddAlternatives(filter, IndexFields.Region, request.Regions);
        AddAlternatives(filter, IndexFields.Theme, request.Themes);
        AddAlternatives(filter, IndexFields.Kind, request.Kinds);
        AddAlternatives(filter, IndexFields.Doc, request.Docs);
        if (request.Years.Count > 0)
        {
            var years = new BooleanQuery();
            foreach (var year in request.Years)
            {
                years.Add(YearQuery(year), Occur.SHOULD);
            }

            filter.Add(years, Occur.MUST);
        }

        return filter;
    }

    private static void AddAlternatives(BooleanQuery filter, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var alternatives = new BooleanQuery();
        foreach (var value in values)
        {
            alternatives.Add(new TermQuery(new Term(field, value.Trim().ToLowerInvariant())), Occur.SHOULD);
        }

        filter.Add(alternatives, Occur.MUST);
    }

    private static Query YearQuery(string value)
    {
        var match = YearPattern().Match(value.Trim());
        if (!match.Success)
        {
            throw new ProfileMinerException(DiagnosticCodes.SearchOptionInvalid, $"year '{value}' is not a year (2016) or a range (2015-2017, 2015-, -2016)");
        }

        var from = match.Groups["from"].Value;
        var to = match.Groups["to"].Value;
        if (!match.Groups["dash"].Success)
        {
            return new TermQuery(new Term(IndexFields.Year, from));
        }

        return TermRangeQuery.NewStringRange(IndexFields.Year, from.Length > 0 ? from : null, to.Length > 0 ? to : null, true, true);
    }

    private HashSet<string> HighlightTerms(Query highlight)
    {
        var terms = new HashSet<Term>();
        try
        {
            _searcher.Rewrite(highlight).ExtractTerms(terms);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or BooleanQuery.TooManyClausesException)
        {
            // Queries without terms (match all) highlight nothing.
        }

        return [.. terms.Where(t => t.Field == IndexFields.Text).Select(t => t.Text)];
    }

    private static Dictionary<string, ImmutableArray<FacetCount>> CountFacets(DocValueTable table, List<int> groups, int[] bestDoc)
    {
        var result = new Dictionary<string, ImmutableArray<FacetCount>>(StringComparer.Ordinal);
        for (var i = 0; i < IndexFields.Facets.Count; i++)
        {
            var facet = table.Facets[i];
            if (facet is null)
            {
                result[IndexFields.Facets[i]] = [];
                continue;
            }

            var counts = new int[facet.Values.Length];
            foreach (var group in groups)
            {
                var doc = bestDoc[group];
                for (var j = facet.Start[doc]; j < facet.Start[doc + 1]; j++)
                {
                    counts[facet.Ords[j]]++;
                }
            }

            var found = new List<FacetCount>();
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    found.Add(new FacetCount(facet.Values[ord], counts[ord]));
                }
            }

            result[IndexFields.Facets[i]] = [.. found
                .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
                .Take(MaxFacetValues)];
        }

        return result;
    }

    /// <summary>The <paramref name="count"/> best groups: highest score first, then lowest shown doc id.</summary>
    private static List<int> TopGroups(List<int> groups, float[] groupScore, int[] bestDoc, int count)
    {
        var comparer = Comparer<int>.Create((a, b) =>
        {
            var byScore = groupScore[b].CompareTo(groupScore[a]);
            return byScore != 0 ? byScore : bestDoc[a].CompareTo(bestDoc[b]);
        });
        if (groups.Count <= count)
        {
            var all = new List<int>(groups);
            all.Sort(comparer);
            return all;
        }

        // Keep the best `count` in a heap whose root is the worst kept.
        var heap = new PriorityQueue<int, int>(count + 1, Comparer<int>.Create((a, b) => comparer.Compare(b, a)));
        foreach (var group in groups)
        {
            heap.Enqueue(group, group);
            if (heap.Count > count)
            {
                heap.Dequeue();
            }
        }

        var top = new List<int>(count);
        while (heap.Count > 0)
        {
            top.Add(heap.Dequeue());
        }

        top.Reverse();
        return top;
    }

    private SearchHit ToHit(int doc, float score, List<(int Start, int End)> found)
    {
        var stored = _searcher.Doc(doc);
        var text = stored.Get(IndexFields.Text, CultureInfo.InvariantCulture) ?? string.Empty;
        var marks = SnippetBuilder.Merge(found);
        var sentences = SnippetBuilder.ParseSentences(stored.Get(IndexFields.Sentences, CultureInfo.InvariantCulture), text.Length);
        return new SearchHit
        {
            Key = stored.Get(IndexFields.Key, CultureInfo.InvariantCulture),
            Doc = stored.Get(IndexFields.Doc, CultureInfo.InvariantCulture),
            Title = stored.Get(IndexFields.Title, CultureInfo.InvariantCulture),
            SourcePath = stored.Get(IndexFields.SourcePath, CultureInfo.InvariantCulture),
            Council = stored.Get(IndexFields.Council, CultureInfo.InvariantCulture),
            GssCode = stored.Get(IndexFields.GssCode, CultureInfo.InvariantCulture),
            Region = stored.Get(IndexFields.Region, CultureInfo.InvariantCulture),
            Kind = stored.Get(IndexFields.Kind, CultureInfo.InvariantCulture),
            Period = stored.Get(IndexFields.Period, CultureInfo.InvariantCulture),
            Heading = stored.Get(IndexFields.Heading, CultureInfo.InvariantCulture),
            Page = stored.GetField(IndexFields.Page)?.GetInt32Value(),
            Line = stored.GetField(IndexFields.Line)?.GetInt32Value(),
            Text = text,
            Snippet = SnippetBuilder.Build(text, sentences, marks),
            Marks = marks,
            Score = score,
            Themes = [.. stored.GetValues(IndexFields.Theme, CultureInfo.InvariantCulture)],
            Group = stored.Get(IndexFields.Group, CultureInfo.InvariantCulture),
        };
    }

    private List<(int Start, int End)> Marks(int doc, HashSet<string> terms)
    {
        var marks = new List<(int Start, int End)>();
        if (terms.Count == 0)
        {
            return marks;
        }

        var vector = _reader.GetTermVector(doc, IndexFields.Text);
        if (vector is null)
        {
            return marks;
        }

        var termsEnum = vector.GetEnumerator();
        foreach (var term in terms)
        {
            if (!termsEnum.SeekExact(new BytesRef(term)))
            {
                continue;
            }

            var positions = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            for (var i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                if (positions.StartOffset >= 0 && positions.EndOffset > positions.StartOffset)
                {
                    marks.Add((positions.StartOffset, positions.EndOffset));
                }
            }
        }

        return marks;
    }

    /// <summary>What a query marks in a passage (by doc id), or null for no query or one that does not parse.</summary>
    private Func<int, List<(int Start, int End)>>? Marker(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        if (QueryPlan.TryCreate(query, _queryAnalyzer, _reader, _ranking, _thesaurus) is { } plan)
        {
            var marks = plan.MarkPatterns();
            return marks.Count == 0 ? null : doc => PassageMarker.Find(_reader.GetTermVector(doc, IndexFields.Text), marks);
        }

        try
        {
            var terms = HighlightTerms(Parse(new SearchRequest { Query = query }, highlight: true));
            return doc => Marks(doc, terms);
        }
        catch (ProfileMinerException)
        {
            return null;
        }
    }

    private int? FindDoc(string key)
    {
        var top = _searcher.Search(new TermQuery(new Term(IndexFields.Key, key.ToLowerInvariant())), 1);
        return top.TotalHits > 0 ? top.ScoreDocs[0].Doc : null;
    }

    [GeneratedRegex(@"column (?<column>\d+)")]
    private static partial Regex ColumnPattern();

    [GeneratedRegex("Encountered (?<token>.+?) at line")]
    private static partial Regex EncounteredPattern();

    [GeneratedRegex(@"^(?<from>\d{4})?(?<dash>-)?(?<to>\d{4})?$")]
    private static partial Regex YearPattern();

    /// <summary>Reads where a passage stands (file, page, line, council) from the cached doc values, without loading its stored fields.</summary>
    private sealed class PlaceReader(DocValueTable table)
    {
        private readonly DocValueTable.FacetTable? _council = table.Facets[IndexFields.Facets.ToList().IndexOf(IndexFields.Council)];

        public HitSource Read(int doc)
        {
            var file = table.File[doc] < 0 ? string.Empty : table.Files[table.File[doc]];
            var page = table.Page[doc];
            var line = table.Line[doc];
            string? council = null;
            if (_council is not null && _council.Start[doc] < _council.Start[doc + 1])
            {
                council = _council.Values[_council.Ords[_council.Start[doc]]];
            }

            return new HitSource(
                PassageCatalog.KeyOf(file, table.Block[doc]),
                file,
                page > 0 ? page : null,
                line > 0 ? line : null,
                council);
        }
    }

    /// <summary>What plain queries are analysed and expanded with, made ready when the index opens.</summary>
    private sealed record QuerySide(PassageAnalyzer Analyzer, ThesaurusMatcher? Thesaurus)
    {
        /// <summary>
        /// The query analysis of <paramref name="manifest"/>'s stemmer, run once (its first run sets up
        /// the tokenizer and filters), and the thesaurus: the index's compiled copy when it was compiled
        /// from the same thesaurus with the same analysis, else compiled now.
        /// </summary>
        public static QuerySide Prepare(string folder, IndexManifest manifest, SearchRanking ranking)
        {
            var analyzer = new PassageAnalyzer(manifest.StemmerKind, synonyms: null);
            _ = QueryPlan.FormsOf(analyzer, "care");
            var thesaurus = ranking.Thesaurus is { } shipped
                ? ThesaurusMatcher.TryLoad(Path.Combine(folder, ThesaurusMatcher.FileName), ThesaurusMatcher.CacheKey(shipped, manifest.StemmerKind, ranking.ThesaurusScale))
                    ?? ThesaurusMatcher.Compile(shipped, analyzer, ranking.ThesaurusScale)
                : null;
            return new QuerySide(analyzer, thesaurus);
        }
    }
}
