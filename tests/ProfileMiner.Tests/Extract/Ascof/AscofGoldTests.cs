using System.Globalization;
using System.Text.Json;
using ProfileMiner.Extract.Ascof;
using ProfileMiner.Tests.Support;
using Xunit.Abstractions;

namespace ProfileMiner.Tests.Extract.Ascof;

/// <summary>
/// Every gold metric (<c>../shared/gold/metrics.jsonl</c>) through <see cref="AscofCatalogue.TryIdentify"/>:
/// the indicator its sentence names or its measure matches, against the gold <c>indicator</c>. Rows with a
/// null indicator count against precision when anything is given. The floors sit just under the scores.
/// </summary>
public sealed class AscofGoldTests(ITestOutputHelper output)
{
    private readonly ITestOutputHelper _output = output;

    private static string GoldPath => Path.Combine(RepoPaths.Shared, "gold", "metrics.jsonl");

    [SkippableFact]
    public void Sentence_and_gold_measure_give_the_gold_indicator()
    {
        var score = Score(useMeasure: true);

        Assert.True(score.Indicators >= 50, $"only {score.Indicators} gold indicators read");
        Assert.True(score.Recall >= 0.90, score.ToString());
        Assert.True(score.MeasureRecall >= 0.96, score.ToString());
        Assert.True(score.Precision >= 0.92, score.ToString());
        Assert.True(score.MeasurePrecision >= 0.98, score.ToString());
    }

    [SkippableFact]
    public void The_sentence_alone_gives_the_gold_indicator()
    {
        var score = Score(useMeasure: false);

        Assert.True(score.Recall >= 0.90, score.ToString());
        Assert.True(score.MeasureRecall >= 0.96, score.ToString());
        Assert.True(score.MeasurePrecision >= 0.98, score.ToString());
    }

    private GoldScore Score(bool useMeasure)
    {
        SharedData.Require(File.Exists(GoldPath), "../shared/gold/metrics.jsonl");
        var score = new GoldScore();
        foreach (var line in File.ReadLines(GoldPath).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var row = json.RootElement;
            var sentence = row.GetProperty("sentence").GetString()!;
            var measure = row.GetProperty("measure").GetString();
            var period = Text(row, "period");
            var gold = Text(row, "indicator");

            var given = AscofCatalogue.Default.TryIdentify(sentence, useMeasure ? measure : null, period, out var entry)
                ? entry.Code
                : (AscofCode?)null;
            AscofCode? expected = gold is null ? null : Code(gold);
            score.Add(expected, given);
            if (!Equals(expected, given))
            {
                _output.WriteLine($"gold {gold ?? "-",-7} given {given?.ToString() ?? "-",-7} period {period ?? "-",-8} {measure}");
            }
        }

        _output.WriteLine(score.ToString());
        return score;
    }

    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static AscofCode Code(string text)
    {
        Assert.True(AscofCode.TryParse(text, out var code), $"gold indicator '{text}' is not a code");
        return code;
    }

    private sealed class GoldScore
    {
        public int Indicators { get; private set; }

        public int Given { get; private set; }

        public int Exact { get; private set; }

        public int SameMeasure { get; private set; }

        public double Recall => Ratio(Exact, Indicators);

        public double MeasureRecall => Ratio(SameMeasure, Indicators);

        public double Precision => Ratio(Exact, Given);

        public double MeasurePrecision => Ratio(SameMeasure, Given);

        public void Add(AscofCode? expected, AscofCode? given)
        {
            Indicators += expected is null ? 0 : 1;
            Given += given is null ? 0 : 1;
            if (expected is { } e && given is { } g)
            {
                Exact += e.Equals(g) ? 1 : 0;
                SameMeasure += e.Measure.Equals(g.Measure, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Indicators} gold indicators, {Given} given: exact {Exact} (recall {Recall:0.000}, precision {Precision:0.000}), same measure {SameMeasure} (recall {MeasureRecall:0.000}, precision {MeasurePrecision:0.000})");

        private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
    }
}
