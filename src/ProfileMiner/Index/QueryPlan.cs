using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

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
    private readonly PhraseCache? _phrases;

    private QueryPlan(ImmutableArray<QueryConcept> concepts, SearchRanking ranking, PhraseCache? phrases)
    {
        Concepts = concepts;
        _ranking = ranking;
        _phrases = phrases;
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
    /// Runs of words the <paramref name="thesaurus"/> knows become one concept that also looks for its
    /// expressions; <paramref name="phrases"/>, when given, keeps what those expressions match for <see cref="Core"/>.
    /// </summary>
    public static QueryPlan? TryCreate(string query, Analyzer analyzer, IndexReader reader, SearchRanking ranking, ThesaurusMatcher? thesaurus = null, PhraseCache? phrases = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Count(c => c == '"') % 2 != 0)
        {
            return null;
        }

        var concepts = new List<QueryConcept>();
        foreach (Match unit in UnitPattern().Matches(query))
        {
            if (unit.Groups["phrase"].Success)
            {
                var words = unit.Groups["phrase"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                var forms = Combine(words.Select(w => FormsOf(analyzer, w)));
                if (forms.Length == 0)
                {
                    continue;
                }

                var phrase = new QueryConcept { Surface = unit.Value, Forms = [.. forms.Select(f => new QueryForm(f, 1f))], Quoted = true };
                var whole = thesaurus?.Lookup(words.Where(w => !IsStopWord(w)).SelectMany(w => FormsOf(analyzer, w) is { Length: > 0 } f ? f[0] : []));
                concepts.Add(whole is null ? phrase : Expand(phrase, whole));
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

            var stop = IsStopWord(word);
            var common = !stop && wordForms[0].Length == 1
                && reader.DocFreq(new Term(IndexFields.Text, wordForms[0][0])) > ranking.CommonWordShare * Math.Max(1, reader.NumDocs);
            concepts.Add(new QueryConcept { Surface = word, Forms = [.. wordForms.Select(f => new QueryForm(f, 1f))], Stop = stop, Common = common });
        }

        if (thesaurus is not null)
        {
            concepts = ApplyThesaurus(concepts, thesaurus, thesaurus.Longest);
        }

        return concepts.Count == 0 ? null : new QueryPlan([.. concepts], ranking, phrases);
    }

    /// <summary>True for a word that says nothing on its own in a query ("of", "the", "how").</summary>
    internal static bool IsStopWord(string word) => s_stopWords.Contains(word.ToLowerInvariant());

    /// <summary>
    /// The query at one level: at least <paramref name="minimumMatch"/> of the <see cref="Required"/>
    /// concepts, the common words and the words' proximity adding to the score.
    /// </summary>
    public Query Build(int minimumMatch)
    {
        var query = new BooleanQuery(disableCoord: true) { { Core(minimumMatch, lean: false), Occur.MUST } };
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
    /// What a passage must match at one level: at least <paramref name="minimumMatch"/> of the
    /// <see cref="Required"/> concepts. <see cref="Build"/> matches exactly the same passages. With
    /// <paramref name="lean"/>, what only adds to the score is left out: a run's common words, and the
    /// thesaurus expressions that hold a word of each of the run's words (a passage they match has
    /// those words anyway), so "delayed transfers of care" is looked for as its words, DToC, DTC and
    /// "delayed discharge", and the phrases are read only where the whole query is scored; the other
    /// expressions of several words are read, through the plan's <see cref="PhraseCache"/> when it
    /// has one, only in the passages they matched before.
    /// </summary>
    public Query Core(int minimumMatch, bool lean = true)
    {
        if (Required.Length == 1)
        {
            return ConceptQuery(Required[0], lean);
        }

        // Every concept: a conjunction, which Lucene leads by its rarest clause (the same matches and
        // scores as a minimum of all, found much faster).
        var minimum = Math.Clamp(minimumMatch, 1, Required.Length);
        var every = minimum == Required.Length;
        var all = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = every ? 0 : minimum };
        foreach (var concept in Required)
        {
            all.Add(ConceptQuery(concept, lean), every ? Occur.MUST : Occur.SHOULD);
        }

        return all;
    }

    /// <summary>What a passage must match to match the <paramref name="index"/>th <see cref="Required"/> concept (lean, as in <see cref="Core"/>).</summary>
    public Query RequiredQuery(int index) => ConceptQuery(Required[index], lean: true);

    /// <summary>
    /// The patterns a hit's snippet marks: each required concept wherever it stands, and the run of the
    /// query's words standing together in the order typed (so "of" and "care" in "delayed transfers
    /// of care" are marked there, and nowhere else).
    /// </summary>
    public IReadOnlyCollection<MarkPattern> MarkPatterns()
    {
        var patterns = new HashSet<MarkPattern>();
        foreach (var concept in Required.Where(c => !c.Stop || Required.All(r => r.Stop)))
        {
            patterns.UnionWith(MarkForms(concept).Select(f => new MarkPattern(f.Tokens, f.Slop)));
        }

        // In the order typed, at most two other words apart: "delayed transfers of care" is marked
        // whole, but not "Direct Payments and specialist employment for Direct Payment".
        var tokens = ProximityTokens();
        if (tokens.Count >= 2)
        {
            patterns.Add(new MarkPattern([.. tokens], 2));
        }

        return patterns;
    }

    /// <summary>The forms a hit's snippet marks for a concept: its own, and those of its parts that are not common words.</summary>
    private static IEnumerable<QueryForm> MarkForms(QueryConcept concept) =>
        concept.Forms.Concat(concept.Parts.Where(p => !p.Common && !p.Stop).SelectMany(MarkForms));

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

    /// <summary>The token sequences of a phrase: each word's forms in turn (a hyphenated word both ways), at most 16.</summary>
    internal static ImmutableArray<ImmutableArray<string>> Combine(IEnumerable<ImmutableArray<ImmutableArray<string>>> words)
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

    /// <summary>
    /// Merges each run of words the thesaurus knows (stop words aside; the longest run first, of at
    /// most <paramref name="longest"/> words) into one concept: all its words (each expanded by
    /// shorter entries in turn), or any of the thesaurus' expressions for the run.
    /// </summary>
    private static List<QueryConcept> ApplyThesaurus(List<QueryConcept> concepts, ThesaurusMatcher thesaurus, int longest)
    {
        var result = new List<QueryConcept>();
        var i = 0;
        while (i < concepts.Count)
        {
            var concept = concepts[i];
            if (concept.Quoted || concept.Stop)
            {
                result.Add(concept);
                i++;
                continue;
            }

            // The run: this word and the next words, stop words between them skipped.
            var content = new List<int>();
            for (var j = i; j < concepts.Count && content.Count < longest && !concepts[j].Quoted; j++)
            {
                if (!concepts[j].Stop)
                {
                    content.Add(j);
                }
            }

            var matched = false;
            for (var n = content.Count; n >= 1 && !matched; n--)
            {
                var forms = thesaurus.Lookup(content.Take(n).SelectMany(j => concepts[j].Forms[0].Tokens));
                if (forms is null)
                {
                    continue;
                }

                var last = content[n - 1];
                if (n == 1)
                {
                    result.Add(Expand(concept with { Common = false }, forms));
                }
                else
                {
                    var run = concepts.Skip(i).Take(last - i + 1).Where(c => !c.Stop).ToList();
                    result.Add(new QueryConcept
                    {
                        Surface = string.Join(' ', concepts.Skip(i).Take(last - i + 1).Select(c => c.Surface)),
                        Forms = [.. forms],
                        Parts = [.. ApplyThesaurus(run, thesaurus, n - 1)],
                        Expanded = true,
                    });
                }

                i = last + 1;
                matched = true;
            }

            if (!matched)
            {
                result.Add(concept);
                i++;
            }
        }

        return result;
    }

    private static QueryConcept Expand(QueryConcept concept, IReadOnlyList<QueryForm> expansions) => concept with
    {
        Forms = concept.Forms.AddRange(expansions.Where(e => !concept.Forms.Any(f => f.Tokens.SequenceEqual(e.Tokens)))),
        Expanded = true,
    };

    /// <summary>A form's query; in a lean query, a thesaurus expression of several words through the phrase cache.</summary>
    private Query LeanForm(string field, QueryForm form, float boost, bool lean) =>
        lean && form.Expansion && form.Tokens.Length > 1 && _phrases is not null
            ? _phrases.Matches(Phrase(field, form.Tokens, form.Slop, boost))
            : Form(field, form, boost);

    private static Query Form(string field, QueryForm form, float boost)
    {
        Query query = form.Tokens.Length == 1 ? new TermQuery(new Term(field, form.Tokens[0])) : Phrase(field, form.Tokens, form.Slop, 1f);
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

    /// <summary>A run's words that a passage must have for the run to match through them: those that are not common (all, when every one is).</summary>
    private static IEnumerable<QueryConcept> RequiredParts(QueryConcept concept) =>
        concept.Parts.Any(p => !p.Common) ? concept.Parts.Where(p => !p.Common) : concept.Parts;

    /// <summary>True when every passage <paramref name="form"/> matches also matches <paramref name="concept"/>: the form holds one of its single words, is one of its forms, or implies each of its required words.</summary>
    private static bool Implies(QueryForm form, QueryConcept concept) =>
        concept.Forms.Any(f => (f.Tokens.Length == 1 && form.Tokens.Contains(f.Tokens[0])) || (f.Slop >= form.Slop && f.Tokens.SequenceEqual(form.Tokens)))
        || (!concept.Parts.IsEmpty && RequiredParts(concept).All(p => Implies(form, p)));

    private BooleanQuery ConceptQuery(QueryConcept concept, bool lean = false)
    {
        var query = new BooleanQuery(disableCoord: true);
        if (!concept.Parts.IsEmpty)
        {
            // All the run's words (its common words only adding to the score), or an expression for the run.
            var all = new BooleanQuery(disableCoord: true);
            var anyRequired = concept.Parts.Any(p => !p.Common);
            foreach (var part in concept.Parts)
            {
                var optional = anyRequired && part.Common;
                if (!(lean && optional))
                {
                    all.Add(ConceptQuery(part, lean), optional ? Occur.SHOULD : Occur.MUST);
                }
            }

            query.Add(all, Occur.SHOULD);
        }

        foreach (var form in concept.Forms)
        {
            if (lean && !concept.Parts.IsEmpty && RequiredParts(concept).All(p => Implies(form, p)))
            {
                continue;
            }

            query.Add(LeanForm(IndexFields.Text, form, form.Weight, lean), Occur.SHOULD);
            if (_ranking.HeadingWeight > 0)
            {
                query.Add(LeanForm(IndexFields.Heading, form, form.Weight * _ranking.HeadingWeight, lean), Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>The single tokens of the words typed outside quotes, stop words aside, in order.</summary>
    private List<string> ProximityTokens() =>
        [.. Concepts.SelectMany(c => c.Leaves()).Where(c => !c.Quoted && !c.Stop && c.Token is not null).Select(c => c.Token!)];

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|(?<word>[^\\s\"]+)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"[:*?~^()\[\]{}\\!]")]
    private static partial Regex SyntaxCharacters();
}
