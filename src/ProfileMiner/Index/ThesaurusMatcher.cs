using System.Collections.Immutable;
using Lucene.Net.Analysis;

namespace ProfileMiner.Index;

/// <summary>
/// A <see cref="Thesaurus"/> compiled with an index's analysis: each trigger expression as the
/// analysed tokens of its words (stop words aside), and the forms a query matching it also looks for.
/// </summary>
internal sealed class ThesaurusMatcher
{
    private readonly Dictionary<string, List<QueryForm>> _expansions;

    private ThesaurusMatcher(Dictionary<string, List<QueryForm>> expansions, int longest)
    {
        _expansions = expansions;
        Longest = longest;
    }

    /// <summary>The most words of any trigger.</summary>
    public int Longest { get; }

    /// <summary>Compiles <paramref name="thesaurus"/> with <paramref name="analyzer"/> (the query analysis of the index).</summary>
    public static ThesaurusMatcher Compile(Thesaurus thesaurus, Analyzer analyzer, float scale = 1f)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        var expansions = new Dictionary<string, List<QueryForm>>(StringComparer.Ordinal);
        var longest = 0;

        // Words recur across entries ("care", "people"): each is analysed once.
        var analysed = new Dictionary<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.Ordinal);
        ImmutableArray<ImmutableArray<string>> Forms(string word)
        {
            if (!analysed.TryGetValue(word, out var forms))
            {
                analysed[word] = forms = QueryPlan.FormsOf(analyzer, word);
            }

            return forms;
        }

        foreach (var section in thesaurus.Sections)
        {
            var weight = Math.Clamp(section.Weight * scale, 0f, 1f);
            foreach (var entry in section.Entries)
            {
                var targets = entry.To.Select(e => (Expression: e, Forms: QueryPlan.Combine(Words(e).Select(Forms)))).ToList();
                foreach (var trigger in entry.From)
                {
                    var key = Key(trigger, Forms);
                    if (key.Count == 0)
                    {
                        continue;
                    }

                    longest = Math.Max(longest, key.Count);
                    var name = string.Join(' ', key);
                    if (!expansions.TryGetValue(name, out var list))
                    {
                        expansions[name] = list = [];
                    }

                    foreach (var (expression, forms) in targets)
                    {
                        if (string.Equals(expression, trigger, StringComparison.OrdinalIgnoreCase))
                        {
                            continue;
                        }

                        foreach (var form in forms)
                        {
                            var index = list.FindIndex(f => f.Tokens.SequenceEqual(form));
                            if (index < 0)
                            {
                                list.Add(new QueryForm(form, weight, Expansion: true));
                            }
                            else if (list[index].Weight < weight)
                            {
                                list[index] = list[index] with { Weight = weight };
                            }
                        }
                    }
                }
            }
        }

        return new ThesaurusMatcher(expansions, longest);
    }

    /// <summary>The forms a run of words with these analysed tokens (stop words aside) also looks for, or null.</summary>
    public IReadOnlyList<QueryForm>? Lookup(IEnumerable<string> tokens) =>
        _expansions.TryGetValue(string.Join(' ', tokens), out var forms) && forms.Count > 0 ? forms : null;

    /// <summary>The tokens an expression is matched by: each word's first form, stop words left out.</summary>
    internal static List<string> Key(Analyzer analyzer, string expression) => Key(expression, w => QueryPlan.FormsOf(analyzer, w));

    private static List<string> Key(string expression, Func<string, ImmutableArray<ImmutableArray<string>>> forms) =>
        [.. Words(expression).Where(w => !QueryPlan.IsStopWord(w)).SelectMany(w => forms(w) is { Length: > 0 } f ? f[0] : [])];

    private static string[] Words(string expression) => expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
