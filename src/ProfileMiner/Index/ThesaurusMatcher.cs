using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Lucene.Net.Analysis;

namespace ProfileMiner.Index;

/// <summary>
/// A <see cref="Thesaurus"/> compiled with an index's analysis: each trigger expression as the
/// analysed tokens of its words (stop words aside), and the forms a query matching it also looks for.
/// An index keeps the shipped thesaurus compiled beside it (<see cref="FileName"/>): a one-shot search
/// reads that instead of analysing every word of the thesaurus, and compiles it only when the
/// thesaurus, the analysis or this library has changed since.
/// </summary>
internal sealed class ThesaurusMatcher
{
    /// <summary>The compiled thesaurus's file name inside an index folder.</summary>
    public const string FileName = "thesaurus.compiled";

    private const string Header = "# ProfileMiner compiled thesaurus";
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

    /// <summary>
    /// What a compiled thesaurus depends on: the thesaurus text, the stemmer of the query analysis,
    /// the weight scale and this library's build.
    /// </summary>
    public static string CacheKey(Thesaurus thesaurus, StemmerKind stemmer, float scale)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        var text = string.Join('\n', thesaurus.Fingerprint, stemmer.ToString(), scale.ToString("R", CultureInfo.InvariantCulture),
            typeof(ThesaurusMatcher).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        return Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Writes the compiled thesaurus, under <paramref name="key"/> (<see cref="CacheKey"/>), as UTF-8 lines.</summary>
    public void Save(string path, string key)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        writer.WriteLine(Header);
        writer.WriteLine("key=" + key);
        writer.WriteLine("longest=" + Longest.ToString(CultureInfo.InvariantCulture));
        foreach (var (trigger, forms) in _expansions)
        {
            foreach (var form in forms)
            {
                writer.WriteLine(string.Join('\t', trigger, form.Weight.ToString("R", CultureInfo.InvariantCulture),
                    form.Slop.ToString(CultureInfo.InvariantCulture), form.Expansion ? "1" : "0", string.Join(' ', form.Tokens)));
            }
        }
    }

    /// <summary>
    /// The thesaurus compiled in <paramref name="path"/> under <paramref name="key"/>; null when the
    /// file is absent, unreadable, malformed or compiled under another key.
    /// </summary>
    public static ThesaurusMatcher? TryLoad(string path, string key)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            if (reader.ReadLine() != Header || reader.ReadLine() != "key=" + key
                || reader.ReadLine() is not { } longestLine || !longestLine.StartsWith("longest=", StringComparison.Ordinal)
                || !int.TryParse(longestLine.AsSpan("longest=".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var longest))
            {
                return null;
            }

            var expansions = new Dictionary<string, List<QueryForm>>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                var fields = line.Split('\t');
                if (fields.Length != 5
                    || !float.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
                    || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var slop)
                    || fields[3] is not ("0" or "1"))
                {
                    return null;
                }

                if (!expansions.TryGetValue(fields[0], out var list))
                {
                    expansions[fields[0]] = list = [];
                }

                list.Add(new QueryForm([.. fields[4].Split(' ')], weight, slop, Expansion: fields[3] == "1"));
            }

            return new ThesaurusMatcher(expansions, longest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The tokens an expression is matched by: each word's first form, stop words left out.</summary>
    internal static List<string> Key(Analyzer analyzer, string expression) => Key(expression, w => QueryPlan.FormsOf(analyzer, w));

    private static List<string> Key(string expression, Func<string, ImmutableArray<ImmutableArray<string>>> forms) =>
        [.. Words(expression).Where(w => !QueryPlan.IsStopWord(w)).SelectMany(w => forms(w) is { Length: > 0 } f ? f[0] : [])];

    private static string[] Words(string expression) => expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
