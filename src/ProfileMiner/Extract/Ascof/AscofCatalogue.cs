using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace ProfileMiner.Extract.Ascof;

/// <summary>
/// The ASCOF measures edition by edition (<c>corpus/ascof/ascof.tsv</c>, embedded; docs/ascof.md).
/// Resolves a code through the edition in force for a period, since codes changed meaning
/// (2C was delayed transfers of care until the 2023/24 refresh gave it to admissions of older people),
/// and matches measure phrases to measures by the catalogue's distinctive keywords. Every lookup
/// prefers no answer to a doubtful one: a wrong indicator is worse than none. A catalogue is immutable
/// and safe to share across threads.
/// </summary>
public sealed partial class AscofCatalogue
{
    // A measure phrase must match at least two words ("delayed discharges", "feel safe and secure").
    private const int MinimumSpecificity = 2;

    private static readonly Lazy<AscofCatalogue> s_default = new(LoadEmbedded);

    private readonly ImmutableArray<EditionState> _editions;

    private AscofCatalogue(List<Row> rows)
    {
        var states = ImmutableArray.CreateBuilder<EditionState>();
        var current = new Dictionary<string, AscofMeasure>(StringComparer.Ordinal);
        var nextMeaning = 0;
        foreach (var edition in rows.GroupBy(r => r.FirstYear).OrderBy(g => g.Key))
        {
            var label = edition.First().Edition;
            foreach (var row in edition)
            {
                var code = row.Code.Measure;
                current.TryGetValue(code, out var previous);
                if (row.Unknown)
                {
                    current.Remove(code);
                    continue;
                }

                // A row continues the code's measure unless it says the code now holds another one.
                var continues = previous is not null && row.Formerly is null;
                var phrases = row.Phrases ?? (continues ? previous!.Phrases : []);
                var meaning = continues ? previous!.Meaning : nextMeaning++;
                current[code] = new AscofMeasure(label, row.Code, row.Name, row.Parts, row.Formerly, phrases, meaning);
            }

            var measures = current.ToFrozenDictionary(StringComparer.Ordinal);
            var entries = measures.Values.OrderBy(m => m.Code.Measure, StringComparer.Ordinal).Select(m => m.ToEntry()).ToImmutableArray();
            states.Add(new EditionState(new AscofEdition(label, edition.Key, entries), measures));
        }

        _editions = states.ToImmutable();
        Editions = [.. _editions.Select(s => s.Edition)];
    }

    /// <summary>The catalogue shipped with ProfileMiner.</summary>
    public static AscofCatalogue Default => s_default.Value;

    /// <summary>The editions, oldest first.</summary>
    public ImmutableArray<AscofEdition> Editions { get; }

    /// <summary>
    /// The edition in force in a period: the latest edition starting no later than the financial year the
    /// period falls in. Reads <c>2015/16</c>, <c>2015-16</c>, <c>15/16</c>, <c>2021</c> (the financial year
    /// starting then), <c>April 2012 – March 2013</c> and ISO dates (<c>2024-05-08</c> is in 2024/25).
    /// A period before the first edition gets the first; null, or a period with no year in it, gets null.
    /// </summary>
    public AscofEdition? EditionFor(string? period) => StateFor(period)?.Edition;

    /// <summary>
    /// Resolves a code through the edition in force in <paramref name="period"/>. With no period (or one
    /// that cannot be read) the code resolves through the latest edition that defines it, but only when every
    /// edition that defines it gives it the same measure; <c>2C</c> (delayed transfers, then admissions of
    /// older people) does not resolve without a period, <c>2C(ii)</c> does. Returns false for a code the
    /// edition does not define, including a part the measure does not have there (<c>2D(ii)</c>).
    /// </summary>
    public bool TryResolve(AscofCode code, string? period, [NotNullWhen(true)] out AscofEntry? entry)
    {
        entry = ResolveMeasure(code, period)?.ToEntry(code.Part);
        return entry is not null;
    }

    /// <summary>
    /// Matches a measure phrase, or a whole sentence, to the measure it names in the edition in force in
    /// <paramref name="period"/>, by the catalogue's keywords. The measure whose keyword phrase matches the
    /// most words wins, provided every other measure that matches is matched only inside the winner's words
    /// ("feel safe" inside "made them feel safe and secure"); two measures matched on separate words make the
    /// text ambiguous and the answer false. The part is chosen when the text names exactly one
    /// (18-64 or 65 and over, all delays or those attributable to social care). With no period, every edition
    /// is tried and they must agree on the measure; the latest edition's answer is given.
    /// </summary>
    /// <param name="measureOrSentence">A short measure phrase or a sentence; text past 4,000 characters is ignored.</param>
    /// <param name="period">The figure's period, or null.</param>
    /// <param name="entry">The measure, or its part, with the edition it comes from.</param>
    /// <param name="score">How distinctive the match is, in (0, 1): <c>n / (n + 1)</c> for a keyword phrase of
    /// <c>n</c> words (0.67 for two words, 0.8 for four); 0 when there is no match.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measureOrSentence"/> is null.</exception>
    public bool TryMatchMeasure(string measureOrSentence, string? period, [NotNullWhen(true)] out AscofEntry? entry, out double score)
    {
        ArgumentNullException.ThrowIfNull(measureOrSentence);
        entry = null;
        score = 0;
        var words = AscofText.Words(measureOrSentence);

        MeasureMatch? found = null;
        if (StateFor(period) is { } state)
        {
            if (MatchIn(state, words, out var match) is not MatchOutcome.Found)
            {
                return false;
            }

            found = match;
        }
        else
        {
            foreach (var each in _editions)
            {
                switch (MatchIn(each, words, out var match))
                {
                    case MatchOutcome.Ambiguous:
                        return false;
                    case MatchOutcome.Found when found is { } earlier && !earlier.Measure.Code.Equals(match.Measure.Code):
                        return false;
                    case MatchOutcome.Found:
                        found = match;
                        break;
                }
            }
        }

        if (found is not { } best || best.Measure.ToEntry(best.Part) is not { } resolved)
        {
            return false;
        }

        entry = resolved;
        score = best.Specificity / (best.Specificity + 1.0);
        return true;
    }

    /// <summary>
    /// The ASCOF entry a figure belongs to, from the codes its sentence names (<see cref="AscofMention"/>)
    /// and its measure phrase (<see cref="TryMatchMeasure"/>; the sentence itself when
    /// <paramref name="measure"/> is null). A named code that resolves in the period is the answer when the
    /// measure agrees with it or matches nothing; the text fills in a part the code leaves out
    /// (<c>ASCOF 1C</c> about personal budgets is <c>1C(i)</c>), and a part the code names is kept. A matched
    /// measure stands in for a code that does not resolve (<c>Ascof 2d2</c> about delays attributable to
    /// social care in 2015/16, when 2D had no parts, is <c>2C(ii)</c>). A code and a measure that disagree,
    /// or several codes the measure does not choose between, give false. A sentence that names another
    /// indicator set (a local or SLI indicator, NI, PAF, PHOF, NHS OF, BCF metric) gets no measure match.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    public bool TryIdentify(string sentence, string? measure, string? period, [NotNullWhen(true)] out AscofEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        entry = null;
        var text = measure ?? sentence;
        var words = AscofText.Words(text);
        var named = new List<AscofEntry>();
        foreach (var (code, _, _) in AscofMention.Find(sentence))
        {
            if (ResolveMeasure(code, period) is not { } resolved)
            {
                continue;
            }

            // A code named without its part takes the part the text names ("ASCOF 1C" about personal budgets).
            var part = code.Part ?? NamedPart(resolved, words);
            var entryForCode = resolved.ToEntry(part) ?? resolved.ToEntry();
            if (!named.Exists(n => n.Code.Equals(entryForCode.Code)))
            {
                named.Add(entryForCode);
            }
        }

        AscofEntry? matched = null;
        if (!OtherIndicatorSet().IsMatch(sentence))
        {
            TryMatchMeasure(text, period, out matched, out _);
        }

        if (matched is null)
        {
            entry = named.Count == 1 ? named[0] : null;
            return entry is not null;
        }

        if (named.Count == 0)
        {
            entry = matched;
            return true;
        }

        var agreeing = named.Where(n => n.Code.Measure.Equals(matched.Code.Measure, StringComparison.Ordinal)).ToList();
        if (agreeing.Count != 1)
        {
            return false;
        }

        // The text's own part wins; the measure phrase only adds a part the code leaves out.
        entry = agreeing[0].Code.Part is null && matched.Code.Part is not null ? matched : agreeing[0];
        return true;
    }

    /// <summary>
    /// Reads a catalogue in the format of <c>ascof.tsv</c>: <c>#</c> comment lines, a header naming the
    /// columns (<c>edition</c>, <c>code</c>, <c>name</c> and <c>parts</c> required; <c>formerly</c>,
    /// <c>status</c> and <c>keywords</c> optional), then one tab-separated row per measure and edition.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">The header names an unknown column or lacks a required one, or a
    /// row has a bad edition, code, part, status or keyword phrase (the message names the line).</exception>
    public static AscofCatalogue Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Dictionary<string, int>? columns = null;
        var rows = new List<Row>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = ReadHeader(cells, lineNumber);
                continue;
            }

            rows.Add(ReadRow(columns, cells, lineNumber));
        }

        if (rows.Count == 0)
        {
            throw new FormatException("ascof.tsv: no rows");
        }

        var duplicate = rows.GroupBy(r => (r.FirstYear, r.Code.Measure)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"ascof.tsv({duplicate.Last().Line}): {duplicate.Key.Measure} appears twice in edition {duplicate.First().Edition}");
        }

        return new AscofCatalogue(rows);
    }

    private AscofMeasure? ResolveMeasure(AscofCode code, string? period)
    {
        if (string.IsNullOrEmpty(code.Measure))
        {
            return null;
        }

        if (StateFor(period) is { } state)
        {
            var measure = state.Measures.GetValueOrDefault(code.Measure);
            return measure?.ToEntry(code.Part) is null ? null : measure;
        }

        var defining = _editions
            .Select(s => s.Measures.GetValueOrDefault(code.Measure))
            .OfType<AscofMeasure>()
            .Where(m => m.ToEntry(code.Part) is not null)
            .ToList();
        return defining.Count == 0 || defining.Select(m => m.Meaning).Distinct().Skip(1).Any() ? null : defining[^1];
    }

    private EditionState? StateFor(string? period)
    {
        if (string.IsNullOrWhiteSpace(period) || !TryFinancialYear(period, out var year))
        {
            return null;
        }

        var state = _editions[0];
        foreach (var each in _editions)
        {
            if (each.Edition.FirstYear <= year)
            {
                state = each;
            }
        }

        return state;
    }

    private static MatchOutcome MatchIn(EditionState state, string[] words, out MeasureMatch match)
    {
        match = default;
        var candidates = new List<(AscofMeasure Measure, int Specificity, ImmutableArray<int> Positions)>();
        foreach (var measure in state.Measures.Values)
        {
            (int Specificity, ImmutableArray<int> Positions)? best = null;
            foreach (var phrase in measure.Phrases)
            {
                if (phrase.Part is null && phrase.TryMatch(words, out var specificity, out var positions)
                    && specificity >= MinimumSpecificity && specificity > (best?.Specificity ?? 0))
                {
                    best = (specificity, positions);
                }
            }

            if (best is { } found)
            {
                candidates.Add((measure, found.Specificity, found.Positions));
            }
        }

        if (candidates.Count == 0)
        {
            return MatchOutcome.None;
        }

        candidates.Sort((a, b) => b.Specificity.CompareTo(a.Specificity));
        var winner = candidates[0];
        foreach (var other in candidates.Skip(1))
        {
            if (other.Specificity == winner.Specificity || !other.Positions.All(winner.Positions.Contains))
            {
                return MatchOutcome.Ambiguous;
            }
        }

        match = new MeasureMatch(winner.Measure, NamedPart(winner.Measure, words), winner.Specificity);
        return MatchOutcome.Found;
    }

    // The part the text names, when it names exactly one of the measure's parts.
    private static string? NamedPart(AscofMeasure measure, string[] words)
    {
        var named = measure.Phrases
            .Where(p => p.Part is not null && measure.Parts.Any(part => string.Equals(part.Code.Part, p.Part, StringComparison.Ordinal)))
            .Where(p => p.TryMatch(words, out _, out _))
            .Select(p => p.Part)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The calendar year the financial year of <paramref name="period"/> starts in.</summary>
    internal static bool TryFinancialYear(string period, out int year)
    {
        year = 0;
        if (IsoDate().Match(period) is { Success: true } date)
        {
            year = FinancialYearOf(Number(date.Groups["y"].Value), Number(date.Groups["m"].Value));
            return true;
        }

        if (MonthYear().Match(period) is { Success: true } month)
        {
            var monthNumber = DateTime.ParseExact(month.Groups["m"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
            year = FinancialYearOf(Number(month.Groups["y"].Value), monthNumber);
            return true;
        }

        if (FinancialYear().Match(period) is { Success: true } financial)
        {
            var first = Number(financial.Groups["y1"].Value);
            var second = Number(financial.Groups["y2"].Value);
            if (second == first + 1 || second == (first + 1) % 100)
            {
                year = first;
                return true;
            }
        }

        if (ShortFinancialYear().Match(period) is { Success: true } brief
            && Number(brief.Groups["y2"].Value) == Number(brief.Groups["y1"].Value) + 1)
        {
            year = 2000 + Number(brief.Groups["y1"].Value);
            return true;
        }

        if (Year().Match(period) is { Success: true } calendar)
        {
            year = Number(calendar.Groups["y"].Value);
            return true;
        }

        return false;
    }

    private static int FinancialYearOf(int year, int month) => month >= 4 ? year : year - 1;

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static Dictionary<string, int> ReadHeader(string[] cells, int lineNumber)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Length; i++)
        {
            var name = cells[i].Trim();
            if (!s_columns.Contains(name))
            {
                throw new FormatException($"ascof.tsv({lineNumber}): unknown column '{name}'");
            }

            columns[name] = i;
        }

        foreach (var required in (string[])["edition", "code", "name", "parts"])
        {
            if (!columns.ContainsKey(required))
            {
                throw new FormatException($"ascof.tsv({lineNumber}): the header lacks the column '{required}'");
            }
        }

        return columns;
    }

    private static Row ReadRow(Dictionary<string, int> columns, string[] cells, int lineNumber)
    {
        string Cell(string name) => columns.TryGetValue(name, out var i) && i < cells.Length ? cells[i].Trim() : string.Empty;

        var edition = Cell("edition");
        var match = EditionLabel().Match(edition);
        if (!match.Success || Number(match.Groups["y2"].Value) != (Number(match.Groups["y1"].Value) + 1) % 100)
        {
            throw new FormatException($"ascof.tsv({lineNumber}): edition '{edition}' is not a financial year like 2015/16");
        }

        if (!AscofCode.TryParse(Cell("code"), out var code) || code.Part is not null)
        {
            throw new FormatException($"ascof.tsv({lineNumber}): '{Cell("code")}' is not a measure code like 2C");
        }

        var status = Cell("status");
        if (status.Length > 0 && !status.Equals("unknown", StringComparison.Ordinal))
        {
            throw new FormatException($"ascof.tsv({lineNumber}): status '{status}' is neither empty nor 'unknown'");
        }

        var unknown = status.Length > 0;
        var name = Cell("name");
        if (!unknown && name.Length == 0)
        {
            throw new FormatException($"ascof.tsv({lineNumber}): {code} has no name");
        }

        var parts = ReadParts(code, Cell("parts"), lineNumber);
        var formerly = Cell("formerly");
        if (formerly.Length > 0 && !formerly.Equals("new", StringComparison.Ordinal) && !AscofCode.TryParse(formerly, out _))
        {
            throw new FormatException($"ascof.tsv({lineNumber}): formerly '{formerly}' is neither a code nor 'new'");
        }

        ImmutableArray<AscofPhrase>? phrases = null;
        if (Cell("keywords") is { Length: > 0 } keywords)
        {
            try
            {
                phrases = [.. keywords.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(AscofPhrase.Parse)];
            }
            catch (FormatException e)
            {
                throw new FormatException($"ascof.tsv({lineNumber}): {e.Message}", e);
            }

            var stray = phrases.Value.FirstOrDefault(p => p.Part is not null && !parts.Any(part => string.Equals(part.Code.Part, p.Part, StringComparison.Ordinal)));
            if (stray is not null)
            {
                throw new FormatException($"ascof.tsv({lineNumber}): '{stray.Text}' names a part {code} does not have");
            }
        }

        return new Row(lineNumber, edition, Number(match.Groups["y1"].Value), code, name, parts, formerly.Length == 0 ? null : formerly, unknown, phrases);
    }

    // "2C(1) all delayed transfers; 2C(2) attributable to adult social care"
    private static ImmutableArray<AscofPart> ReadParts(AscofCode code, string cell, int lineNumber)
    {
        var parts = ImmutableArray.CreateBuilder<AscofPart>();
        foreach (var item in cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = item.IndexOf(' ', StringComparison.Ordinal);
            var spelling = space < 0 ? item : item[..space];
            if (!AscofCode.TryParse(spelling, out var partCode) || partCode.Part is null || !partCode.Measure.Equals(code.Measure, StringComparison.Ordinal))
            {
                throw new FormatException($"ascof.tsv({lineNumber}): '{item}' does not start with a part of {code}");
            }

            parts.Add(new AscofPart(partCode, spelling, space < 0 ? string.Empty : item[(space + 1)..].Trim()));
        }

        return parts.ToImmutable();
    }

    private static AscofCatalogue LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ProfileMiner.Resources.ascof.tsv")
            ?? throw new InvalidOperationException("The ASCOF catalogue is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader);
    }

    private static readonly FrozenSet<string> s_columns =
        FrozenSet.ToFrozenSet(["edition", "code", "name", "parts", "formerly", "status", "keywords"], StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<y1>\d{4})/(?<y2>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex EditionLabel();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})-(?<m>\d{2})-\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\d/])(?<y1>(?:19|20)\d{2})\s?[/\-–]\s?(?<y2>\d{4}|\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex FinancialYear();

    [GeneratedRegex(@"(?<![\d/])(?<y1>\d{2})/(?<y2>\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex ShortFinancialYear();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<![\w])(?:SLI|NI\s?\d{1,3}|PAF|PHOF|NHS\s?OF|BCF\s+metrics?)(?![\w])|(?i:\blocally[\s-]+defined\b|\blocal\s+(?:performance\s+)?(?:indicator|measure)s?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OtherIndicatorSet();

    private enum MatchOutcome
    {
        None,
        Found,
        Ambiguous,
    }

    private readonly record struct MeasureMatch(AscofMeasure Measure, string? Part, int Specificity);

    private sealed record EditionState(AscofEdition Edition, FrozenDictionary<string, AscofMeasure> Measures);

    private sealed record Row(int Line, string Edition, int FirstYear, AscofCode Code, string Name, ImmutableArray<AscofPart> Parts, string? Formerly, bool Unknown, ImmutableArray<AscofPhrase>? Phrases);
}
