using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace ProfileMiner.Index;

/// <summary>
/// A plain query (words and quoted phrases, nothing else) planned for ranking: its concepts, which of
/// them are required, and the Lucene query for each level of relaxing. Every required concept is
/// expected (minimum should match); very common words only add to the score; the words standing close
/// together in the order typed, and in the heading path above a passage, add to it too. A query with
/// operators, field names, wildcards or brackets is left to the query parser (<see cref="TryCreate"/>
/// returns null).
/// </summary>
internal sealed partial class QueryPlan
{
    private const int MaxForms = 16;

    // The query words that say nothing on their own: Lucene's English stop words and a few more a
    // question typed as a sentence brings ("how", "what", "about").
    private static readonly FrozenSet<string> s_stopWords = new[]
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or",
        "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with", "from", "has", "have",
        "had", "do", "does", "did", "so", "can", "could", "would", "should", "how", "what", "which", "who", "when", "where", "why",
        "about", "our", "we", "you", "your", "its", "them", "than", "i", "me", "my", "any", "some", "been", "being", "were",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly SearchRanking _ranking;

    private QueryPlan(ImmutableArray<QueryConcept> concepts, SearchRanking ranking)
    {
        Concepts = concepts;
        _ranking = ranking;
        var required = concepts.Where(c => !c.Stop && !c.Common).ToImmutableArray();
        if (required.IsEmpty)
        {
            required = [.. concepts.Where(c => !c.Stop)];
        }

        if (required.IsEmpty)
        {
            required = concepts;
        }

        Required = required;
        Optional = [.. concepts.Where(c => !c.Stop && !required.Contains(c))];
    }

    /// <summary>The query's concepts in the order typed.</summary>
    public ImmutableArray<QueryConcept> Concepts { get; }

    /// <summary>The concepts a hit is expected to match (all of them, unless the search relaxes).</summary>
    public ImmutableArray<QueryConcept> Required { get; }

    /// <summary>The common words: they add to the score but are not required.</summary>
    public ImmutableArray<QueryConcept> Optional { get; }

    /// <summary>
    /// Plans <paramref name="query"/>, or returns null when it is not plain (operators, field names,
    /// wildcards, fuzzy terms, brackets, boosts, a leading <c>+</c> or <c>-</c>, an unclosed quote).
    /// </summary>
    public static QueryPlan? TryCreate(string query, Analyzer analyzer, IndexReader reader, SearchRanking ranking)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Count(c => c == '"') % 2 != 0)
        {
            return null;
        }

        var concepts = ImmutableArray.CreateBuilder<QueryConcept>();
        foreach (Match unit in UnitPattern().Matches(query))
        {
            if (unit.Groups["phrase"].Success)
            {
                var words = unit.Groups["phrase"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                var forms = Combine(words.Select(w => FormsOf(analyzer, w)));
                if (forms.Length > 0)
                {
                    concepts.Add(new QueryConcept { Surface = unit.Value, Forms = forms, Weights = [.. forms.Select(_ => 1f)], Quoted = true });
                }

                continue;
            }

            var word = unit.Groups["word"].Value;
            if (word is "AND" or "OR" or "NOT" or "&&" or "||" || word[0] is '+' or '-' || SyntaxCharacters().IsMatch(word))
            {
                return null;
            }

            var wordForms = FormsOf(analyzer, word);
            if (wordForms.Length == 0)
            {
                continue;
            }

            var stop = s_stopWords.Contains(word.ToLowerInvariant());
            var common = !stop && wordForms[0].Length == 1
                && reader.DocFreq(new Term(IndexFields.Text, wordForms[0][0])) > ranking.CommonWordShare * Math.Max(1, reader.NumDocs);
            concepts.Add(new QueryConcept { Surface = word, Forms = wordForms, Weights = [.. wordForms.Select(_ => 1f)], Stop = stop, Common = common });
        }

        return concepts.Count == 0 ? null : new QueryPlan(concepts.ToImmutable(), ranking);
    }

    /// <summary>
    /// The query at one level: at least <paramref name="minimumMatch"/> of the <see cref="Required"/>
    /// concepts, the common words and the words' proximity adding to the score.
    /// </summary>
    public Query Build(int minimumMatch)
    {
        Query core;
        if (Required.Length == 1)
        {
            core = ConceptQuery(Required[0]);
        }
        else
        {
            var all = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = Math.Clamp(minimumMatch, 1, Required.Length) };
            foreach (var concept in Required)
            {
                all.Add(ConceptQuery(concept), Occur.SHOULD);
            }

            core = all;
        }

        var query = new BooleanQuery(disableCoord: true) { { core, Occur.MUST } };
        foreach (var concept in Optional)
        {
            query.Add(ConceptQuery(concept), Occur.SHOULD);
        }

        var tokens = ProximityTokens();
        if (tokens.Count >= 2 && _ranking.ProximityWeight > 0)
        {
            query.Add(Phrase(IndexFields.Text, tokens, _ranking.ProximitySlop, _ranking.ProximityWeight), Occur.SHOULD);
        }

        if (_ranking.PairWeight > 0)
        {
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                query.Add(Phrase(IndexFields.Text, [tokens[i], tokens[i + 1]], 1, _ranking.PairWeight), Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>
    /// The spans a hit's snippet marks: each required concept wherever it stands, and the run of the
    /// query's words standing together in the order typed (so "of" and "care" in "delayed transfers
    /// of care" are marked there, and nowhere else).
    /// </summary>
    public SpanQuery? MarkQuery()
    {
        var clauses = new List<SpanQuery>();
        foreach (var concept in Required.Where(c => !c.Stop || Required.All(r => r.Stop)))
        {
            clauses.AddRange(concept.Forms.Select(SpanOf));
        }

        // In the order typed, at most two other words apart: "delayed transfers of care" is marked
        // whole, but not "Direct Payments and specialist employment for Direct Payment".
        var tokens = ProximityTokens();
        if (tokens.Count >= 2)
        {
            clauses.Add(new SpanNearQuery([.. tokens.Select(t => (SpanQuery)new SpanTermQuery(new Term(IndexFields.Text, t)))], 2, inOrder: true));
        }

        return clauses.Count switch
        {
            0 => null,
            1 => clauses[0],
            _ => new SpanOrQuery([.. clauses]),
        };
    }

    /// <summary>The analysed forms of one typed word: its tokens, and for a hyphenated word also the joined form.</summary>
    internal static ImmutableArray<ImmutableArray<string>> FormsOf(Analyzer analyzer, string word)
    {
        var tokens = new List<(string Term, string Type)>();
        using (var stream = analyzer.GetTokenStream(IndexFields.Text, word))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), type.Type));
            }

            stream.End();
        }

        if (tokens.Count == 0)
        {
            return [];
        }

        var parts = tokens.Where(t => t.Type != HyphenatedWordFilter.JoinedType).Select(t => t.Term).ToImmutableArray();
        if (!tokens.Any(t => t.Type == HyphenatedWordFilter.JoinedType))
        {
            return [parts];
        }

        // "co-ordination": the joined word first (as most documents spell it), then the parts.
        var joined = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == HyphenatedWordFilter.JoinedType)
            {
                joined[^1] = tokens[i].Term;
            }
            else if (tokens[i].Type != HyphenatedWordFilter.PartType)
            {
                joined.Add(tokens[i].Term);
            }
        }

        return [joined.ToImmutable(), parts];
    }

    private static ImmutableArray<ImmutableArray<string>> Combine(IEnumerable<ImmutableArray<ImmutableArray<string>>> words)
    {
        var result = new List<ImmutableArray<string>> { ImmutableArray<string>.Empty };
        foreach (var forms in words)
        {
            if (forms.Length == 0)
            {
                continue;
            }

            result = [.. result.SelectMany(prefix => forms.Select(f => prefix.AddRange(f))).Take(MaxForms)];
        }

        return [.. result.Where(f => f.Length > 0)];
    }

    private static Query Form(string field, ImmutableArray<string> form, float boost)
    {
        Query query = form.Length == 1 ? new TermQuery(new Term(field, form[0])) : Phrase(field, form, 0, 1f);
        query.Boost = boost;
        return query;
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<string> tokens, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        for (var i = 0; i < tokens.Count; i++)
        {
            phrase.Add(new Term(field, tokens[i]), i);
        }

        return phrase;
    }

    private static SpanQuery SpanOf(ImmutableArray<string> form) =>
        form.Length == 1
            ? new SpanTermQuery(new Term(IndexFields.Text, form[0]))
            : new SpanNearQuery([.. form.Select(t => (SpanQuery)new SpanTermQuery(new Term(IndexFields.Text, t)))], 0, inOrder: true);

    private BooleanQuery ConceptQuery(QueryConcept concept)
    {
        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < concept.Forms.Length; i++)
        {
            query.Add(Form(IndexFields.Text, concept.Forms[i], concept.Weights[i]), Occur.SHOULD);
            if (_ranking.HeadingWeight > 0)
            {
                query.Add(Form(IndexFields.Heading, concept.Forms[i], concept.Weights[i] * _ranking.HeadingWeight), Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>The single tokens of the words typed outside quotes, stop words aside, in order.</summary>
    private List<string> ProximityTokens() =>
        [.. Concepts.Where(c => !c.Quoted && !c.Stop && c.Token is not null).Select(c => c.Token!)];

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|(?<word>[^\\s\"]+)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"[:*?~^()\[\]{}\\!]")]
    private static partial Regex SyntaxCharacters();
}
