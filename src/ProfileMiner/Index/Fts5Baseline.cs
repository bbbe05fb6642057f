using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using ProfileMiner.Model;
using ProfileMiner.Tables;

namespace ProfileMiner.Index;

/// <summary>
/// The baseline the passage index is measured against: SQLite FTS5 over the same passages, Porter
/// stemming (<c>porter unicode61</c>), BM25 ranking, the query's words OR-ed (quoted phrases kept as
/// phrases, Lucene operators and field names dropped), the same filters and the same duplicate groups
/// (a group is shown once, from its best-ranked passage). Nothing else: no synonyms, no boosts.
/// In memory; dispose to close it.
/// </summary>
public sealed partial class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<IndexedPassage> _passages;

    private Fts5Baseline(SqliteConnection connection, List<IndexedPassage> passages)
    {
        _connection = connection;
        _passages = passages;
    }

    /// <summary>Number of passages held.</summary>
    public int PassageCount => _passages.Count;

    /// <summary>Builds the baseline over the passages the index would hold for <paramref name="tables"/>.</summary>
    public static Fts5Baseline Build(RunTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var passages = PassageCatalog.From(tables);
        var connection = new SqliteConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            using (var create = connection.CreateCommand())
            {
                create.CommandText = "CREATE VIRTUAL TABLE passages USING fts5(text, tokenize = 'porter unicode61')";
                create.ExecuteNonQuery();
            }

            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO passages(rowid, text) VALUES ($id, $text)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            for (var i = 0; i < passages.Count; i++)
            {
                id.Value = i;
                text.Value = passages[i].Text;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            return new Fts5Baseline(connection, passages);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The FTS5 query for a Lucene-syntax query: each quoted phrase as a phrase, each other word
    /// (letters and digits) as a quoted term, all OR-ed; operators, field names and wildcards dropped.
    /// </summary>
    /// <returns>The MATCH expression, or an empty string when the query has no words.</returns>
    public static string MatchExpression(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        foreach (Match m in TermPattern().Matches(query))
        {
            if (m.Groups["phrase"].Success)
            {
                var words = Words(m.Groups["phrase"].Value);
                if (words.Count > 0)
                {
                    parts.Add("\"" + string.Join(' ', words) + "\"");
                }

                continue;
            }

            var token = m.Groups["word"].Value;
            if (token.Contains(':', StringComparison.Ordinal) || token is "AND" or "OR" or "NOT")
            {
                continue;
            }

            parts.AddRange(Words(token).Select(w => "\"" + w + "\""));
        }

        return string.Join(" OR ", parts);
    }

    /// <summary>Runs <paramref name="request"/>: matching passages by BM25, filtered, one hit per duplicate group.</summary>
    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var match = MatchExpression(request.Query);
        var ranked = new List<(int Row, double Rank)>();
        if (match.Length > 0)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT rowid, bm25(passages) FROM passages WHERE passages MATCH $q ORDER BY bm25(passages), rowid";
            command.Parameters.AddWithValue("$q", match);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ranked.Add((reader.GetInt32(0), reader.GetDouble(1)));
            }
        }

        var groups = new Dictionary<string, List<(int Row, double Rank)>>(StringComparer.Ordinal);
        var order = new List<string>();
        var matched = 0;
        foreach (var (row, rank) in ranked)
        {
            var passage = _passages[row];
            if (!Allowed(passage, request))
            {
                continue;
            }

            matched++;
            if (!groups.TryGetValue(passage.Group, out var members))
            {
                groups[passage.Group] = members = [];
                order.Add(passage.Group);
            }

            members.Add((row, rank));
        }

        var hits = ImmutableArray.CreateBuilder<SearchHit>();
        foreach (var group in order.Take(request.Top))
        {
            var members = groups[group];
            var shown = _passages[members[0].Row];
            hits.Add(new SearchHit
            {
                Key = shown.Key,
                Doc = shown.Doc,
                Council = shown.Council,
                GssCode = shown.GssCode,
                Region = shown.Region,
                Kind = shown.Kind,
                Period = shown.Period,
                Heading = shown.Heading,
                Page = shown.Page,
                Line = shown.Line,
                Text = shown.Text,
                Snippet = shown.Text,
                Score = (float)-members[0].Rank,
                Group = group,
                Themes = shown.Themes,
                AlsoIn = [.. members.Skip(1).Select(m => _passages[m.Row])
                    .Select(p => new HitSource(p.Key, p.Doc, p.Page, p.Line, p.Council))],
            });
        }

        return new SearchResult
        {
            Total = order.Count,
            Passages = matched,
            Hits = hits.ToImmutable(),
            Facets = new Dictionary<string, ImmutableArray<FacetCount>>(StringComparer.Ordinal),
            ParsedQuery = match,
        };
    }

    /// <summary>The duplicate group of a judged passage, or null when no passage is there.</summary>
    public string? GroupOf(JudgedPassage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return _passages.FirstOrDefault(p => string.Equals(p.Doc, passage.Doc, StringComparison.Ordinal) && p.Line == passage.Line
            && passage.Matches(passage.Place, p.Text))?.Group;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static bool Allowed(IndexedPassage passage, SearchRequest request) =>
        AnyOf(request.Councils, passage.Council)
        && AnyOf(request.Regions, passage.Region)
        && AnyOf(request.Kinds, passage.Kind)
        && AnyOf(request.Docs, passage.Doc)
        && (request.Themes.Count == 0 || request.Themes.Any(t => passage.Themes.Contains(t, StringComparer.OrdinalIgnoreCase)))
        && (request.Years.Count == 0 || request.Years.Any(y => YearAllows(y, passage.Years)));

    private static bool AnyOf(IReadOnlyList<string> wanted, string? value) =>
        wanted.Count == 0 || (value is not null && wanted.Any(w => string.Equals(w.Trim(), value, StringComparison.OrdinalIgnoreCase)));

    private static bool YearAllows(string filter, ImmutableArray<string> years)
    {
        var m = YearPattern().Match(filter.Trim());
        if (!m.Success)
        {
            return false;
        }

        var from = m.Groups["from"].Success ? int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture) : int.MinValue;
        var to = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) : int.MaxValue;
        if (!m.Groups["dash"].Success)
        {
            to = from;
        }

        return years.Any(y => int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= from && year <= to);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|(?<word>[^\\s\"]+)")]
    private static partial Regex TermPattern();

    [GeneratedRegex(@"^(?<from>\d{4})?(?<dash>-)?(?<to>\d{4})?$")]
    private static partial Regex YearPattern();
}
