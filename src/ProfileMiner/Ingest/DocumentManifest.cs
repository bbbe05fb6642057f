using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Ingest;

/// <summary>
/// A user's <c>profileminer.csv</c>: which council (or other body) wrote the files of a folder, and
/// optionally their kind and period. Columns (header line required, any order): <c>path</c> (a file
/// or folder name, or a glob relative to the manifest's folder: <c>*</c> within a name, <c>**</c>
/// across folders; a pattern without <c>/</c> matches a file or folder name at any depth),
/// <c>council</c>, <c>issuer</c> (<c>media</c>, <c>charity</c>, <c>government</c>, <c>health</c>,
/// <c>other</c>), <c>kind</c> and <c>period</c>. Lines starting with <c>#</c> are comments; when
/// rows disagree the later row wins.
/// </summary>
public sealed class DocumentManifest
{
    /// <summary>The manifest's file name in an input folder.</summary>
    public const string FileName = "profileminer.csv";

    private static readonly string[] s_columns = ["path", "council", "issuer", "kind", "period"];

    private readonly ImmutableArray<Row> _rows;

    private DocumentManifest(string folder, ImmutableArray<Row> rows)
    {
        Folder = folder;
        _rows = rows;
    }

    /// <summary>The folder the manifest's paths are relative to (full path).</summary>
    public string Folder { get; }

    /// <summary>Number of rows read.</summary>
    public int Count => _rows.Length;

    /// <summary>
    /// Reads a manifest. Unknown council names, kinds, issuer kinds and periods are warnings in
    /// <paramref name="diagnostics"/> (a council as one naming the closest registry names) and the
    /// value is kept as written (a council) or left out (the others).
    /// </summary>
    /// <exception cref="ProfileMinerException">The file cannot be read, has no <c>path</c> column, or has a column this version does not know.</exception>
    public static DocumentManifest Load(string path, CouncilDirectory councils, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(diagnostics);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileMinerException(DiagnosticCodes.ManifestInvalid, $"{path}: cannot read the manifest ({ExceptionText.Describe(e)})");
        }

        return Parse(text, Path.GetFullPath(Path.GetDirectoryName(path) ?? "."), Path.GetFileName(path), councils, diagnostics);
    }

    /// <summary>Parses manifest text whose paths are relative to <paramref name="folder"/>; see <see cref="Load"/>.</summary>
    /// <exception cref="ProfileMinerException">No <c>path</c> column, or an unknown column.</exception>
    public static DocumentManifest Parse(string text, string folder, string name, CouncilDirectory councils, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = text.Split('\n');
        string[]? header = null;
        var rows = ImmutableArray.CreateBuilder<Row>();
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = SplitCsv(line);
            if (header is null)
            {
                header = [.. cells.Select(c => c.Trim().ToLowerInvariant())];
                var unknown = header.Where(h => !s_columns.Contains(h)).ToList();
                if (unknown.Count > 0)
                {
                    throw new ProfileMinerException(DiagnosticCodes.ManifestInvalid,
                        $"{name}({number}): unknown column '{unknown[0]}'; the columns are {string.Join(", ", s_columns)}");
                }

                if (!header.Contains("path"))
                {
                    throw new ProfileMinerException(DiagnosticCodes.ManifestInvalid, $"{name}({number}): the header has no 'path' column");
                }

                continue;
            }

            string Cell(string column)
            {
                var index = Array.IndexOf(header, column);
                return index >= 0 && index < cells.Count ? cells[index].Trim() : string.Empty;
            }

            var where = string.Create(CultureInfo.InvariantCulture, $"{name}({number})");
            var pattern = Cell("path");
            if (pattern.Length == 0)
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ManifestInvalid, "a row without a path; skipped", Provenance.ForFile(where)));
                continue;
            }

            rows.Add(new Row(Glob(pattern), Hints(where, Cell, councils, diagnostics)));
        }

        return new DocumentManifest(folder, rows.ToImmutable());
    }

    /// <summary>What the rows matching <paramref name="filePath"/> say (later rows win field by field), or null when none matches.</summary>
    public DocumentHints? HintsFor(string filePath)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        var relative = Path.GetRelativePath(Folder, Path.GetFullPath(filePath)).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        DocumentHints? merged = null;
        foreach (var row in _rows.Where(r => r.Pattern.IsMatch(relative)))
        {
            merged = Merge(merged, row.Hints);
        }

        return merged;
    }

    /// <summary>Field by field, <paramref name="over"/> wins where it says something.</summary>
    public static DocumentHints? Merge(DocumentHints? under, DocumentHints? over)
    {
        if (under is null || over is null)
        {
            return over ?? under;
        }

        // A council and another kind of issuer exclude each other: the later statement wins whole.
        var issuerSaid = over.Council is not null || over.IssuerKind is not null;
        return over with
        {
            Council = issuerSaid ? over.Council : under.Council,
            IssuerKind = issuerSaid ? over.IssuerKind : under.IssuerKind,
            Kind = over.Kind ?? under.Kind,
            Period = over.Period ?? under.Period,
            Where = issuerSaid ? over.Where : under.Where,
            Source = issuerSaid ? over.Source : under.Source,
        };
    }

    private static DocumentHints Hints(string where, Func<string, string> cell, CouncilDirectory councils, DiagnosticBag diagnostics)
    {
        var hints = new DocumentHints("manifest", where);
        var location = Provenance.ForFile(where);
        if (cell("council") is { Length: > 0 } council)
        {
            var lookup = councils.Lookup(council);
            if (lookup.Warning is { } warning)
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.UnknownCouncil, warning + "; kept as written", location));
            }

            hints = hints with { Council = ToCouncil(lookup) };
        }

        if (cell("issuer") is { Length: > 0 } issuer)
        {
            if (Issuer.TryParseKind(issuer, out var kind) && kind != IssuerKind.Unknown)
            {
                hints = kind == IssuerKind.Council ? hints : hints with { IssuerKind = kind };
            }
            else
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ManifestInvalid,
                    $"unknown issuer '{issuer}'; one of {string.Join(", ", Enum.GetValues<IssuerKind>().Where(k => k != IssuerKind.Unknown).Select(Issuer.KindName))}", location));
            }
        }

        if (cell("kind") is { Length: > 0 } kindText)
        {
            if (DocumentKinds.TryParse(kindText.Replace(' ', '_').Replace('-', '_'), out var kind))
            {
                hints = hints with { Kind = kind };
            }
            else
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ManifestInvalid,
                    $"unknown kind '{kindText}'; one of {string.Join(", ", DocumentKinds.Names)}", location));
            }
        }

        if (cell("period") is { Length: > 0 } periodText)
        {
            var periods = PeriodDetector.Default;
            if (periods.TryMonthRange(periodText, out var period) || periods.TryFinancialYear(periodText, out period)
                || periods.TryYearSpan(periodText, out period) || periods.TryDate(periodText, out period))
            {
                hints = hints with { Period = period! with { Source = "manifest" } };
            }
            else
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ManifestInvalid,
                    $"cannot read the period '{periodText}' (write e.g. 2024/25, April 2024 – March 2025, 2016-2020 or 2024-05-08)", location));
            }
        }

        return hints;
    }

    /// <summary>A registry council for a found name, else the name as typed, flagged unknown.</summary>
    public static Council ToCouncil(CouncilLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return lookup.Entry is { } entry
            ? new Council(entry.Name, entry.GssCode, entry.Region, true, lookup.Typed)
            : new Council(lookup.Typed, null, null, false, lookup.Typed);
    }

    /// <summary>
    /// A glob as a regex over a path relative to the manifest's folder. A pattern without <c>/</c>
    /// matches a file or folder name at any depth (and so everything under such a folder).
    /// </summary>
    internal static Regex Glob(string pattern)
    {
        var trimmed = pattern.Replace('\\', '/').Trim('/');
        if (trimmed.StartsWith("./", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        var body = new StringBuilder();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '*' && i + 1 < trimmed.Length && trimmed[i + 1] == '*')
            {
                var slash = i + 2 < trimmed.Length && trimmed[i + 2] == '/';
                body.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                body.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        var anchored = trimmed.Contains('/', StringComparison.Ordinal) ? "^" : "(?:^|/)";
        return new Regex(anchored + body + "(?:/.*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private sealed record Row(Regex Pattern, DocumentHints Hints);
}
