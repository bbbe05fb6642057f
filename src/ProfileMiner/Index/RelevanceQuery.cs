using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ProfileMiner.Diagnostics;

namespace ProfileMiner.Index;

/// <summary>
/// One judged search of <c>corpus/queries/</c>: the request, the kind of search it is, the corpus
/// it was judged over and the passages that answer it.
/// </summary>
/// <param name="Id">The query's id.</param>
/// <param name="Request">The search, with its filters.</param>
/// <param name="Relevant">The answering passages.</param>
public sealed record RelevanceQuery(string Id, SearchRequest Request, ImmutableArray<JudgedPassage> Relevant)
{
    /// <summary>The corpus a query was judged over that holds only the repository's files (seeds, corpus/pdf, corpus/real/docs).</summary>
    public const string RepositoryCorpus = "repo";

    /// <summary>The corpus that also holds the development set beside the checkout (<c>../shared/real/docs</c>).</summary>
    public const string SharedCorpus = "shared";

    /// <summary>What kind of search it is: <c>keywords</c>, <c>paraphrase</c>, <c>acronym</c>, <c>phrase</c> or <c>filtered</c>; empty when not given.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary><see cref="RepositoryCorpus"/> or <see cref="SharedCorpus"/>: which documents the judgments cover.</summary>
    public string Corpus { get; init; } = RepositoryCorpus;

    /// <summary>Reads a judgments file (JSON Lines).</summary>
    /// <exception cref="ProfileMinerException">The file is missing or a line is malformed (naming file and line).</exception>
    public static IReadOnlyList<RelevanceQuery> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new ProfileMinerException(DiagnosticCodes.PathNotFound, $"{path}: no such judgments file");
        }

        var queries = new List<RelevanceQuery>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var request = new SearchRequest
                {
                    Query = root.GetProperty("query").GetString() ?? string.Empty,
                    Councils = Strings(root, "councils"),
                    Regions = Strings(root, "regions"),
                    Kinds = Strings(root, "kinds"),
                    Years = Strings(root, "years"),
                    Themes = Strings(root, "themes"),
                    Top = 10,
                };
                var relevant = root.GetProperty("relevant").EnumerateArray()
                    .Select(r => new JudgedPassage(
                        r.GetProperty("doc").GetString()!,
                        r.GetProperty("line").GetInt32(),
                        r.TryGetProperty("starts", out var starts) ? starts.GetString() : null))
                    .ToImmutableArray();
                var corpus = root.TryGetProperty("corpus", out var c) ? c.GetString() ?? RepositoryCorpus : RepositoryCorpus;
                if (corpus is not (RepositoryCorpus or SharedCorpus))
                {
                    throw new InvalidOperationException($"corpus '{corpus}' is neither '{RepositoryCorpus}' nor '{SharedCorpus}'");
                }

                queries.Add(new RelevanceQuery(root.GetProperty("id").GetString()!, request, relevant)
                {
                    Kind = root.TryGetProperty("kind", out var kind) ? kind.GetString() ?? string.Empty : string.Empty,
                    Corpus = corpus,
                });
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new ProfileMinerException(DiagnosticCodes.PathNotFound, string.Create(CultureInfo.InvariantCulture, $"{name}({number}): not a judged query ({e.Message})"));
            }
        }

        return queries;
    }

    /// <summary>The <c>doc:line</c> (or <c>doc:pPAGE</c>) form judgments use.</summary>
    public static string Place(string doc, int? page, int? line) =>
        line is { } l ? string.Create(CultureInfo.InvariantCulture, $"{doc}:{l}")
        : page is { } p ? string.Create(CultureInfo.InvariantCulture, $"{doc}:p{p}")
        : doc;

    private static string[] Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : [];
}
