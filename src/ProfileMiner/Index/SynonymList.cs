using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using ProfileMiner.Diagnostics;

namespace ProfileMiner.Index;

/// <summary>
/// Loads an index-time synonym list (Solr synonym format; by default the entries of the shipped
/// <see cref="Thesaurus"/>) into Lucene's <see cref="SynonymMap"/>. Each entry is analysed with the
/// same tokenizer, case folding and stemmer as the text, so the map matches stemmed tokens.
/// </summary>
public static class SynonymList
{
    /// <summary>
    /// The shipped list for indexing: the entries of the shipped <see cref="Thesaurus"/> in Solr
    /// format. The thesaurus is applied when searching; an index-time list is only used on request.
    /// </summary>
    public static string ShippedText() =>
        string.Join('\n', Thesaurus.Shipped.Sections.SelectMany(s => s.Entries).Select(e =>
            e.OneWay ? string.Join(", ", e.From) + " => " + string.Join(", ", e.To) : string.Join(", ", e.From)));

    /// <summary>Loads the list from <paramref name="file"/>, or the shipped list when null.</summary>
    /// <exception cref="ProfileMinerException">The file is missing or a line is malformed (PM4001, naming file and line).</exception>
    public static SynonymMap Load(string? file, StemmerKind stemmer)
    {
        string text;
        var name = file is null ? "thesaurus.txt" : Path.GetFileName(file);
        if (file is null)
        {
            text = ShippedText();
        }
        else
        {
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ProfileMinerException(DiagnosticCodes.SynonymListInvalid, $"{name}: cannot read the synonym list ({e.Message})");
            }
        }

        return Parse(text, name, stemmer);
    }

    /// <summary>Parses synonym lines in Solr format; <paramref name="name"/> names the source in errors.</summary>
    /// <exception cref="ProfileMinerException">A line is malformed (PM4001, naming the line).</exception>
    public static SynonymMap Parse(string text, string name, StemmerKind stemmer)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Deviation: entries are read without joining hyphens (Solr's parser takes no stacked tokens), so
        // "multi-agency" in a list is "multi agency".
        using var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var (source, stream) = PassageAnalyzer.TextChain(reader, stemmer);
            return new TokenStreamComponents(source, stream);
        });

        // Check each line first, so a mistake names its line (the parser's own messages do not).
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var sides = line.Split("=>", StringSplitOptions.None);
            if (sides.Length > 2)
            {
                throw Invalid(name, i + 1, "more than one '=>'");
            }

            foreach (var entry in sides.SelectMany(s => s.Split(',')))
            {
                if (!HasTokens(analyzer, entry))
                {
                    throw Invalid(name, i + 1, string.IsNullOrWhiteSpace(entry) ? "an empty entry (two commas, or a comma at an end)" : $"'{entry.Trim()}' has no words");
                }
            }

            if (sides.Length == 1 && sides[0].Split(',').Length < 2)
            {
                throw Invalid(name, i + 1, "a group needs at least two entries separated by commas");
            }
        }

        try
        {
            var parser = new SolrSynonymParser(dedup: true, expand: true, analyzer);
            using (var reader = new StringReader(text))
            {
                parser.Parse(reader);
            }

            return parser.Build();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ProfileMinerException(DiagnosticCodes.SynonymListInvalid, $"{name}: the synonym list cannot be parsed ({e.Message})");
        }
    }

    private static bool HasTokens(Analyzer analyzer, string entry)
    {
        using var stream = analyzer.GetTokenStream("text", entry);
        stream.Reset();
        var any = stream.IncrementToken();
        stream.End();
        return any;
    }

    private static ProfileMinerException Invalid(string name, int line, string problem) =>
        new(DiagnosticCodes.SynonymListInvalid, string.Create(CultureInfo.InvariantCulture, $"{name}({line}): {problem}"));
}
