using ProfileMiner.Diagnostics;
using ProfileMiner.Model;

namespace ProfileMiner.Tests.Support;

/// <summary>Reads and segments one of the real council committee papers of the shared data (skips when absent).</summary>
internal static class CouncilPdfs
{
    public static SegmentedDocument Read(ProfileMiner.Pipeline.Pipeline pipeline, string file)
    {
        var path = Path.Combine(RepoPaths.RealPdfs, "council", file);
        SharedData.Require(File.Exists(path), "../shared/pdf-real/council/" + file);
        var diagnostics = new DiagnosticBag();
        var source = pipeline.Ingest(path, diagnostics) ?? throw new InvalidOperationException("not read: " + string.Join("; ", diagnostics.Items));
        return pipeline.Segment(source, diagnostics);
    }
}
