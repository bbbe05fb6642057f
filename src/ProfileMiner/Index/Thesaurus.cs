using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using ProfileMiner.Diagnostics;

namespace ProfileMiner.Index;

/// <summary>
/// The domain thesaurus applied when searching (<c>corpus/search/thesaurus.txt</c>, shipped inside the
/// library): sections of entries, each section naming its source and the weight of a match through it.
/// An entry is a group of equivalents (<c>a, b, c</c>) or a one-way mapping (<c>x, y =&gt; a, b</c>).
/// Immutable; the query side compiles it with the index's analysis (<see cref="QueryPlan"/>).
/// </summary>
public sealed class Thesaurus
{
    private const string ResourceName = "ProfileMiner.Resources.thesaurus.txt";

    // The shipped text is known to parse (tests read it), so its sections are parsed only when asked
    // for: a search that reads the index's compiled copy needs its fingerprint alone.
    private static readonly Lazy<Thesaurus> s_shipped = new(() =>
    {
        var text = ShippedText();
        return new Thesaurus(new Lazy<ImmutableArray<ThesaurusSection>>(() => ParseSections(text, "thesaurus.txt")), Hash(text));
    });

    private readonly Lazy<ImmutableArray<ThesaurusSection>> _sections;

    private Thesaurus(ImmutableArray<ThesaurusSection> sections, string fingerprint)
        : this(new Lazy<ImmutableArray<ThesaurusSection>>(sections), fingerprint)
    {
    }

    private Thesaurus(Lazy<ImmutableArray<ThesaurusSection>> sections, string fingerprint)
    {
        _sections = sections;
        Fingerprint = fingerprint;
    }

    /// <summary>The shipped thesaurus.</summary>
    public static Thesaurus Shipped => s_shipped.Value;

    /// <summary>A thesaurus with no entries.</summary>
    public static Thesaurus Empty { get; } = new([], Hash(string.Empty));

    /// <summary>The sections in file order.</summary>
    public ImmutableArray<ThesaurusSection> Sections => _sections.Value;

    /// <summary>A 128-bit XXH3 hash (hex) of the text it was parsed from (of both fingerprints, in order, for <see cref="With"/>): tells compiled copies apart, not a security check.</summary>
    public string Fingerprint { get; }

    /// <summary>The text of the shipped thesaurus.</summary>
    public static string ShippedText()
    {
        using var stream = typeof(Thesaurus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the thesaurus is not embedded in the library");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a thesaurus file.</summary>
    /// <exception cref="ProfileMinerException">The file cannot be read or a line is malformed (PM4001, naming file and line).</exception>
    public static Thesaurus Load(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileMinerException(DiagnosticCodes.SynonymListInvalid, $"{Path.GetFileName(file)}: cannot read the thesaurus ({e.Message})");
        }

        return Parse(text, Path.GetFileName(file));
    }

    /// <summary>Parses thesaurus text; <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="ProfileMinerException">A line is malformed (PM4001, naming the line).</exception>
    public static Thesaurus Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Thesaurus(ParseSections(text, name), Hash(text));
    }

    private static ImmutableArray<ThesaurusSection> ParseSections(string text, string name)
    {
        var sections = new List<ThesaurusSection>();
        string? section = null;
        var weight = 1f;
        var source = string.Empty;
        var entries = ImmutableArray.CreateBuilder<ThesaurusEntry>();
        void Close()
        {
            if (section is not null)
            {
                sections.Add(new ThesaurusSection(section, weight, source, entries.ToImmutable()));
            }

            entries.Clear();
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                var close = line.IndexOf(']', StringComparison.Ordinal);
                var head = close > 0 ? line[1..close].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                if (head.Length != 2 || !float.TryParse(head[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || w is < 0 or > 1)
                {
                    throw Invalid(name, i + 1, "a section starts with [name weight], the weight between 0 and 1");
                }

                Close();
                (section, weight, source) = (head[0], w, line[(close + 1)..].Trim());
                continue;
            }

            if (section is null)
            {
                throw Invalid(name, i + 1, "an entry before the first [section]");
            }

            var sides = line.Split("=>", StringSplitOptions.None);
            if (sides.Length > 2)
            {
                throw Invalid(name, i + 1, "more than one '=>'");
            }

            var from = Terms(sides[0], name, i + 1);
            var to = sides.Length == 2 ? Terms(sides[1], name, i + 1) : from;
            if (sides.Length == 1 && from.Length < 2)
            {
                throw Invalid(name, i + 1, "a group needs at least two entries separated by commas");
            }

            entries.Add(new ThesaurusEntry(from, to, OneWay: sides.Length == 2, Line: i + 1));
        }

        Close();
        return [.. sections];
    }

    /// <summary>This thesaurus with the sections of <paramref name="other"/> after its own.</summary>
    public Thesaurus With(Thesaurus other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new Thesaurus(Sections.AddRange(other.Sections), Hash(Fingerprint + "+" + other.Fingerprint));
    }

    // XXH3, not SHA-256: a one-shot search computes it, and SHA-256 would load the system's crypto library for it.
    private static string Hash(string text) => Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(text)));

    private static ImmutableArray<string> Terms(string side, string name, int line)
    {
        var terms = side.Split(',').Select(t => t.Trim()).ToImmutableArray();
        if (terms.Any(t => t.Length == 0 || !t.Any(char.IsLetterOrDigit)))
        {
            throw Invalid(name, line, "an empty entry (two commas, or a comma at an end)");
        }

        return terms;
    }

    private static ProfileMinerException Invalid(string name, int line, string problem) =>
        new(DiagnosticCodes.SynonymListInvalid, string.Create(CultureInfo.InvariantCulture, $"{name}({line}): {problem}"));
}
