using System.Text.RegularExpressions;
using ProfileMiner.Model;

namespace ProfileMiner.Extract.Models;

/// <summary>
/// Makes a <see cref="Claim"/> from the claim model's verdict on a sentence. The model gives the type;
/// polarity, framework and comparator come from plain cue words (the rules, which know more, give
/// the attributes wherever they fire).
/// </summary>
internal static partial class ModelClaims
{
    public const string ExtractorId = "claims.model";

    public static Claim Make(Passage passage, Sentence sentence, string type, double probability) => new()
    {
        Doc = passage.Doc,
        Council = passage.Council,
        BlockIndex = passage.BlockIndex,
        SectionId = passage.SectionId,
        Source = passage.Block.Source with { Start = sentence.Start, End = sentence.End },
        Sentence = sentence.Text,
        Extractor = ExtractorId,
        Confidence = Math.Round(probability, 3),
        DuplicateOf = passage.DuplicateOf,
        Topic = passage.Topic,
        Type = type,
        Polarity = Polarity(sentence.Text, type),
        Framework = Framework(sentence.Text),
        Comparator = Comparator(sentence.Text),
    };

    internal static string Polarity(string text, string type)
    {
        var positive = Positive().Count(text);
        var negative = Negative().Count(text);
        return positive > negative ? "positive" : negative > positive ? "negative" : type == "trend" ? "neutral" : "positive";
    }

    internal static string? Framework(string text) =>
        Ascof().IsMatch(text) ? "ASCOF" : Cqc().IsMatch(text) ? "CQC" : Survey().IsMatch(text) ? "survey" : null;

    internal static string? Comparator(string text) =>
        England().IsMatch(text) ? "England" : NorthWest().IsMatch(text) ? "North West" : Region().IsMatch(text) ? "region"
        : Peers().IsMatch(text) ? "peer group" : PreviousYear().IsMatch(text) ? "previous year" : null;

    [GeneratedRegex(@"\b(improv\w*|better|best|higher than|above|outstanding|good|excellent|achiev\w*|success\w*|exceed\w*|top|strong\w*|low(?:er)? (?:than|at)|award\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"\b(declin\w*|wors\w*|deteriorat\w*|below|poor\w*|fell|fallen|bottom|lowest|challeng\w*|missed|inadequate|requires? improvement|concern\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"\bascof\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ascof();

    [GeneratedRegex(@"\b(cqc|care quality commission)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cqc();

    [GeneratedRegex(@"\bsurvey\b", RegexOptions.IgnoreCase)]
    private static partial Regex Survey();

    [GeneratedRegex(@"\b(england|national(?:ly)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex England();

    [GeneratedRegex(@"\b(north west|north-west|northwest|nw)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NorthWest();

    [GeneratedRegex(@"\b(region|regional(?:ly)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Region();

    [GeneratedRegex(@"\b(comparator|peer|statistical neighbour|cipfa)\w*\b", RegexOptions.IgnoreCase)]
    private static partial Regex Peers();

    [GeneratedRegex(@"\b(previous|last) year\b|\bsince 20\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousYear();
}
