using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ProfileMiner.Index;

/// <summary>
/// A SHA-256 over everything an index is built from: every indexed field of every passage, the
/// analysis settings, the synonym file's text and the build of this library. Two runs with the same
/// fingerprint would write the same index, so the second keeps the first's.
/// </summary>
internal static class IndexFingerprint
{
    private const char Separator = '\u001f';

    public static string Compute(IReadOnlyList<IndexedPassage> passages, SearchIndexOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new StringBuilder();
        void Add(object? value)
        {
            text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(Separator);
            if (text.Length > 8192)
            {
                Flush();
            }
        }

        void Flush()
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
            text.Clear();
        }

        Add(typeof(IndexFingerprint).Assembly.ManifestModule.ModuleVersionId);
        Add(IndexManifest.CurrentFormat);
        Add(options.Stemmer);
        Add(options.UseSynonyms);
        Add(options.UseSynonyms && options.SynonymsFile is { } file && File.Exists(file) ? File.ReadAllText(file) : null);
        foreach (var p in passages)
        {
            Add(p.Key); Add(p.Doc); Add(p.Title); Add(p.SourcePath); Add(p.BlockIndex); Add(p.Text); Add(p.Heading); Add(p.Council); Add(p.GssCode);
            Add(p.Region); Add(p.Kind); Add(p.Block); Add(p.Period); Add(string.Join(',', p.Years)); Add(string.Join(',', p.Themes));
            Add(p.HasMetrics); Add(p.HasClaims); Add(p.Section); Add(p.DuplicateOf); Add(p.Group); Add(p.Page); Add(p.Line);
            Add(p.Start); Add(p.End); Add(string.Join(',', p.Sentences.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start}-{s.End}"))));
        }

        Flush();
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
