using System.Text.Json;
using ProfileMiner.Eval;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Eval;

/// <summary>tests/eval-floors.json: the recorded floors, and the figure of a scored group each names.</summary>
internal static class EvalFloorFile
{
    /// <summary>The floors of one part of the file (the root, or a part such as <c>_real</c>), as (group, figure) pairs; parts and comments starting with '_' left out.</summary>
    public static TheoryData<string, string> Pairs(string? part = null)
    {
        var data = new TheoryData<string, string>();
        using var floors = Read();
        var root = part is null ? floors.RootElement : floors.RootElement.GetProperty(part);
        foreach (var group in root.EnumerateObject().Where(p => !p.Name.StartsWith('_')))
        {
            foreach (var figure in group.Value.EnumerateObject())
            {
                data.Add(group.Name, figure.Name);
            }
        }

        return data;
    }

    /// <summary>The floor recorded for <paramref name="figure"/> of <paramref name="group"/>.</summary>
    public static double Floor(string? part, string group, string figure)
    {
        using var floors = Read();
        var root = part is null ? floors.RootElement : floors.RootElement.GetProperty(part);
        return root.GetProperty(group).GetProperty(figure).GetDouble();
    }

    /// <summary>The figure a floor names, from a scored group.</summary>
    public static double Actual(EvalGroup group, string figure) => figure switch
    {
        "metrics_f1" => group.Metrics.F1,
        "metrics_precision" => group.Metrics.Precision,
        "metrics_value_unit_f1" => group.MetricsValueUnit.F1,
        "claims_f1" => group.Claims.F1,
        "claims_precision" => group.Claims.Precision,
        "polarity" => group.ClaimAttributes["polarity"],
        _ => group.MetricAttributes[figure],
    };

    private static JsonDocument Read() => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "eval-floors.json")));
}
