using System.Globalization;
using System.Text.RegularExpressions;
using ProfileMiner.Diagnostics;
using ProfileMiner.Model;
using ProfileMiner.Segment;

namespace ProfileMiner.Extract.Rules;

/// <summary>
/// Extracts GUIDE.md's claims by rule, one small named rule per type: <c>benchmark_count</c>
/// ("13 of the 22 ASCOF indicators were better than the national average"), <c>comparison</c>
/// (above or below a named benchmark, one claim per benchmark), <c>rank</c> (best in the region,
/// top quartile, one of only four), <c>trend</c> (improved, reduced over time; background demand is
/// neutral; forecasts are not claims), <c>rating</c> (CQC grades, awards won) and <c>target</c>
/// (a target set, met or missed). Indicator table rows give a <c>rank</c> from the latest quartile
/// and a <c>trend</c> from the arrow.
/// </summary>
public sealed partial class ClaimRuleExtractor : IExtractor
{
    /// <summary>The id written to every result.</summary>
    public const string ExtractorId = "claims.rules";

    /// <inheritdoc />
    public string Id => ExtractorId;

    /// <inheritdoc />
    public IEnumerable<Extraction> Extract(SegmentedDocument document, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tables = IndicatorTable.Find(document.Source);
        foreach (var passage in PassageEnumerator.Of(document))
        {
            var block = passage.Block;
            if (block.Kind == BlockKind.Heading)
            {
                continue;
            }

            if (block.Kind == BlockKind.TableRow)
            {
                foreach (var claim in FromIndicatorRow(passage, tables.GetValueOrDefault(block.TableIndex)?.LatestPeriod))
                {
                    yield return claim;
                }

                continue;
            }

            foreach (var sentence in block.Sentences)
            {
                foreach (var claim in FromSentence(passage, sentence))
                {
                    yield return claim;
                }
            }
        }
    }

    /// <summary>The claims of one sentence of running text.</summary>
    internal static IEnumerable<Claim> FromSentence(Passage passage, Sentence sentence)
    {
        var text = sentence.Text;

        // "% Secondary schools rated Good or better", "Number of people ...": the name of a measure in a
        // list of indicators states nothing about performance.
        if (MeasureName().IsMatch(text))
        {
            return [];
        }

        var periods = PeriodCues.Find(text);
        var period = periods.Where(p => !p.IsBaseline).Select(p => p.Label).Order(StringComparer.Ordinal).LastOrDefault();
        var framework = Framework(text);
        var claims = new List<Claim>();
        Claim Make(string type, string polarity, Match at, int? count = null, int? total = null, string? comparator = null, string? fw = null) => new()
        {
            Doc = passage.Doc,
            Council = passage.Council,
            BlockIndex = passage.BlockIndex,
            SectionId = passage.SectionId,
            Source = passage.Block.Source with { Start = sentence.Start + at.Index, End = sentence.Start + at.Index + at.Length },
            Sentence = text,
            Extractor = ExtractorId,
            Confidence = 0.7,
            DuplicateOf = passage.DuplicateOf,
            Topic = passage.Topic,
            Type = type,
            Polarity = polarity,
            Count = count,
            Total = total,
            Framework = fw,
            Comparator = comparator,
            Period = period,
        };

        var trendAt = TrendVerb().Match(text);
        var forecast = trendAt.Success
            ? Forecast().IsMatch(text[Math.Max(0, trendAt.Index - 40)..trendAt.Index]) || Aim().IsMatch(text)
            : Forecast().IsMatch(text);
        var counted = false;
        foreach (Match match in RagCount().Matches(text))
        {
            counted = true;
            var colour = match.Groups["rag"].Value.ToLowerInvariant();
            var polarity = colour is "green" ? "positive" : colour is "amber" ? "neutral" : "negative";
            var total = OfTotal().Match(text, match.Index + match.Length) is { Success: true } of ? ParseCount(of.Groups["m"].Value, null) : null;
            claims.Add(Make("benchmark_count", polarity, match, ParseCount(match.Groups["n"].Value, null), total, "target", framework));
        }

        // "the majority of performance indicators were on track and rated Green", "a number of indicators
        // were rated Amber or Red": a share of the measures against target, its count not given.
        if (!counted && UncountedRag().Match(text) is { Success: true } share)
        {
            counted = true;
            var status = share.Groups["status"].Value.ToLowerInvariant();
            var polarity = status.StartsWith("green", StringComparison.Ordinal) || status.StartsWith("on ", StringComparison.Ordinal) ? "positive"
                : status.StartsWith("amber", StringComparison.Ordinal) && !status.Contains("red", StringComparison.Ordinal) ? "neutral" : "negative";
            claims.Add(Make("benchmark_count", polarity, share, null, null, "target", framework));
        }

        foreach (Match match in counted ? Enumerable.Empty<Match>() : BenchmarkCount().Matches(text))
        {
            // "We rank above Southampton, which has 16 measures above the national average": another body's count.
            if (OtherBodysCount().IsMatch(text[..match.Index]))
            {
                continue;
            }

            counted = true;
            var count = ParseCount(match.Groups["n"].Value, null);
            var totalText = match.Groups["m"].Success ? match.Groups["m"].Value
                : match.Groups["all"].Success ? match.Groups["n"].Value
                : OutOf().Match(text, match.Index + match.Length) is { Success: true } o ? o.Groups["m"].Value : null;
            var total = totalText is null ? (int?)null : ParseCount(totalText, null);
            var tail = text[match.Index..Math.Min(text.Length, match.Index + match.Length + 90)];
            var followOn = FollowOnCount().Match(text, match.Index + match.Length);
            var clause = followOn.Success && followOn.Index < match.Index + tail.Length ? text[match.Index..followOn.Index] : tail;
            var trendBaseline = TrendCue().IsMatch(tail) || TrendCue().IsMatch(text[..match.Index]) ? "previous year" : null;
            var comparators = Comparators(tail, passage.Council).DefaultIfEmpty(trendBaseline).Distinct().ToList();
            foreach (var comparator in comparators)
            {
                claims.Add(Make("benchmark_count", Polarity(clause), match, count, total, comparator, framework));
            }

            // "..., 4 achieving the top quartile, 7 showing an improvement": each further count is a claim of its own.
            foreach (Match next in FollowOnCount().Matches(text, match.Index + match.Length))
            {
                var nextComparator = Comparators(next.Value, passage.Council).FirstOrDefault() ?? (TrendCue().IsMatch(next.Value) || Improve().IsMatch(next.Value) ? "previous year" : comparators[0]);
                claims.Add(Make("benchmark_count", Polarity(next.Value), next, ParseCount(next.Groups["n"].Value, null), total, nextComparator, framework));
            }
        }

        if (!counted && !forecast)
        {
            foreach (Match match in ComparisonCue().Matches(text))
            {
                // An unnamed "average" leaves the comparator null (GUIDE.md).
                var named = Comparators(text[match.Index..], passage.Council).Distinct().Take(2).Cast<string?>().DefaultIfEmpty(null);
                foreach (var comparator in named)
                {
                    claims.Add(Make("comparison", ComparisonPolarity(text, match), match, comparator: comparator, fw: framework));
                }

                break;
            }
        }

        var ranked = new HashSet<string?>();
        foreach (Match rank in Rank().Matches(text))
        {
            if (counted && rank.Value.Contains("quartile", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var polarity = NegativeRank().IsMatch(rank.Value) && !MovedUp().IsMatch(text) ? "negative" : "positive";
            var named = Comparators(rank.Value + text[(rank.Index + rank.Length)..Math.Min(text.Length, rank.Index + rank.Length + 20)], passage.Council).ToList();
            foreach (var comparator in named.Count == 0 ? [null] : named.Distinct().Cast<string?>())
            {
                if (ranked.Add(comparator))
                {
                    claims.Add(Make("rank", polarity, rank, comparator: comparator, fw: framework));
                }
            }
        }

        var rating = Rating().Match(text);
        if (rating.Success && !Shortlisted().IsMatch(text) && !SurveyRaters().IsMatch(text[..rating.Index]))
        {
            var negative = NegativeRating().IsMatch(rating.Value);
            claims.Add(Make("rating", negative ? "negative" : "positive", rating, fw: framework == "CQC" || Cqc().IsMatch(text) ? "CQC" : null));
        }

        var target = Target().Match(text);
        if (target.Success)
        {
            // "have not achieved targets" holds "achieved": the missed cue is read first.
            var polarity = TargetMissed().IsMatch(text) ? "negative" : TargetMet().IsMatch(text) ? "positive" : "neutral";
            claims.Add(Make("target", polarity, target, fw: framework));
        }

        var trend = TrendVerb().Match(text);
        if (trend.Success && !counted && !forecast && !InName(text, trend))
        {
            claims.Add(Make("trend", TrendPolarity(text), trend, comparator: TrendCue().IsMatch(text) ? "previous year" : null, fw: framework));
        }

        // Two identical claims in one sentence give one row (GUIDE.md); "6 increased, 10 about the same,
        // 6 decreased" stays three counts, one per clause.
        return claims.DistinctBy(c => (c.Type, c.Comparator, c.Count, c.Polarity)).ToList();
    }

    /// <summary>"the Improved Better Care Fund": a capitalised cue inside a name is part of the name.</summary>
    private static bool InName(string text, Match cue) =>
        cue.Index > 0 && char.IsUpper(text[cue.Index]) && CapitalisedAfter().IsMatch(text, cue.Index + cue.Length);

    private static IEnumerable<Claim> FromIndicatorRow(Passage passage, string? period)
    {
        var cells = passage.Block.Cells;
        if (cells.Length < 3 || !CodeCell().IsMatch(cells[0]))
        {
            yield break;
        }

        var quartile = cells.Skip(2).Where(c => Quartile().IsMatch(c)).LastOrDefault();
        var arrow = cells[^1];
        var header = passage.Block.Source;
        Claim Make(string type, string polarity, string? comparator) => new()
        {
            Doc = passage.Doc,
            Council = passage.Council,
            BlockIndex = passage.BlockIndex,
            SectionId = passage.SectionId,
            Source = header,
            Sentence = passage.Block.Text,
            Extractor = ExtractorId,
            Confidence = 0.9,
            DuplicateOf = passage.DuplicateOf,
            Topic = passage.Topic,
            Type = type,
            Polarity = polarity,
            Framework = "ASCOF",
            Comparator = comparator,
            Indicator = cells[0],
            Period = period,
        };

        if (quartile is not null)
        {
            var q = quartile.ToLowerInvariant();
            yield return Make("rank", q.StartsWith("top", StringComparison.Ordinal) || q.StartsWith("second", StringComparison.Ordinal) || q.StartsWith("first", StringComparison.Ordinal) ? "positive" : "negative", null);
        }

        if (arrow is "↑" or "↓" or "→")
        {
            yield return Make("trend", arrow == "↑" ? "positive" : arrow == "↓" ? "negative" : "neutral", "previous year");
        }
    }

    private static int? ParseCount(string text, string? all)
    {
        var value = all ?? text;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        var index = Array.IndexOf(s_numberWords, value.ToLowerInvariant());
        return index > 0 ? index : null;
    }

    private static readonly string[] s_numberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    private static string? Framework(string text) =>
        Survey().IsMatch(text) ? "survey" : Ascof().IsMatch(text) ? "ASCOF" : Cqc().IsMatch(text) ? "CQC" : Bcf().IsMatch(text) ? "BCF" : null;

    /// <summary>The benchmarks a clause names, in order: England, the region, the peer group, other areas.</summary>
    private static IEnumerable<string> Comparators(string clause, Council? council)
    {
        foreach (Match match in ComparatorName().Matches(clause[..Math.Min(clause.Length, 140)]))
        {
            var word = match.Value.ToLowerInvariant();
            yield return word switch
            {
                _ when word.StartsWith("nw", StringComparison.Ordinal) || word.StartsWith("north", StringComparison.Ordinal) => "North West",
                _ when word.StartsWith("region", StringComparison.Ordinal) => council?.Region ?? "region",
                _ when word.StartsWith("peer", StringComparison.Ordinal) || word.StartsWith("comparator", StringComparison.Ordinal) || word.StartsWith("cipfa", StringComparison.Ordinal) || word.StartsWith("similar", StringComparison.Ordinal) || word.StartsWith("statistical", StringComparison.Ordinal) => "peer group",
                _ when word.StartsWith("other", StringComparison.Ordinal) => "other areas",
                _ when word.StartsWith("uk", StringComparison.Ordinal) => "UK",
                _ when word.Contains("london", StringComparison.Ordinal) => "London",
                _ when word.StartsWith("south", StringComparison.Ordinal) => "South East",
                _ when word.StartsWith("nearest", StringComparison.Ordinal) => "peer group",
                _ => "England",
            };
        }
    }

    private static string Polarity(string clause) =>
        NegativeCue().IsMatch(clause) ? "negative" : NeutralCue().IsMatch(clause) ? "neutral" : "positive";

    private static string ComparisonPolarity(string text, Match cue)
    {
        if (InLine().IsMatch(cue.Value))
        {
            return "neutral";
        }

        if (NegativeCue().IsMatch(cue.Value))
        {
            return LowerIsBetter().IsMatch(text) && Lower().IsMatch(cue.Value) ? "positive" : "negative";
        }

        if (Higher().IsMatch(cue.Value) && LowerIsBetter().IsMatch(text))
        {
            return "negative";
        }

        return "positive";
    }

    private static string TrendPolarity(string text)
    {
        var trend = TrendVerb().Match(text);
        var near = trend.Success ? text[Math.Max(0, trend.Index - 120)..Math.Min(text.Length, trend.Index + trend.Length + 40)] : text;
        if (Background().IsMatch(near))
        {
            return "neutral";
        }

        // Holding steady is neither a gain nor a loss (GUIDE.md: an indicator row's → is neutral).
        if (trend.Success && Steady().IsMatch(trend.Value))
        {
            return "neutral";
        }

        if (Decline().IsMatch(text))
        {
            return "negative";
        }

        var falls = Falls().IsMatch(text);
        var lowerBetter = LowerIsBetter().IsMatch(text);
        return falls && !lowerBetter ? "negative" : !falls && lowerBetter && !Improve().IsMatch(text) ? "negative" : "positive";
    }

    private const string Count = @"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";

    [GeneratedRegex(@"(?:\b(?:Of|of)\s+the\s+(?<m>" + Count + @")\s+(?:[\w-]+\s+){0,5}?(?:measures|indicators)\b[^,]{0,60},\s+(?<n>" + Count + @")\b|\b(?:Of|of)\s+the\s+(?<m>" + Count + @")\s+(?:[\w-]+\s+){0,5}?(?:measures|indicators)\b[^.;]{0,160}?\b(?:better|worse|above|below|higher|lower)\b[^.;]{0,60}?\bin\s+(?<n>" + Count + @")\s*(?:[.;]|$)|(?<all>\ball\s+)?\b(?<![\d/.,-])(?<n>" + Count + @")\s+(?:of\s+(?:the\s+|our\s+)?(?<m>" + Count + @")\s+)?(?:[^\W\d][\w-]*\s+){0,2}(?:ASCOF\s+|Ascof\s+)?(?:measures|indicators|performance\s+indicators|scores|KPIs)\b(?:(?=[^.;]{0,80}\b(?:improv|better|worse|above|below|increas|decreas|declin|deteriorat|top\s+quartile|best|highest|performed|same|achiev|showing))|(?<=\b(?:best|better|highest|improv\w*|top)\b[^.;]{0,80})))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BenchmarkCount();

    [GeneratedRegex(@"(?:,|\band\b)\s*(?<n>" + Count + @")\s+(?:(?:of\s+)?(?:the\s+)?(?:measures|indicators)\s+)?(?:achieving|showing|were|are|have|had|performed|improved|increased|decreased|declined|stayed|remained|about|being|at|in)\b[^,;.]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowOnCount();

    [GeneratedRegex(@"\G[^.]{0,20}?\bout\s+of\s+(?<m>\d{1,3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutOf();

    [GeneratedRegex(@"\b(?:(?:better|higher|lower|worse|above|below|greater|less)\s+(?:than|the)\b|compar(?:e|es|ed)\s+favourably|compared\s+(?:with|to)\s+(?:[\d.,%£]+\s+)?(?:\w+\s+){0,3}(?:nw|north\s*west|england|national|regional|peer|other|the\s+country|london|inner\s+london|south\s*east|nearest\s+neighbours)|in\s+line\s+with\s+(?:the\s+)?(?:\w+\s+){0,2}(?:average|england|national|regional)|(?:above|below)\s+(?:the\s+)?(?:england|national|regional|nw|north\s*west)\b|(?:above|below)\s+average|other\s+parts\s+of\s+the\s+country|less\s+likely|more\s+likely|in\s+comparison\s+(?:to|with)\s+other|above\s+(?:our|the)\s+comparators|(?:above|below)\s+(?:the\s+)?(?:national|england|regional|nw)\s+average)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparisonCue();

    [GeneratedRegex(@"\b(?:NW|North\s*West|Northwest|England|national(?:ly)?|regional(?:ly)?|region|(?:inner\s+|outer\s+)?London|South\s*East|nearest\s+neighbours?|peer\s+group|comparators?(?:\s+group)?|CIPFA|statistical|similar\s+councils|other\s+(?:areas|authorities|councils|local\s+authorities)|parts\s+of\s+the\s+country|UK)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparatorName();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:best|highest|lowest|top|worst|leading)\s+(?:performing\s+|performer\s+)?[^.;]{0,70}?\b(?:in\s+the\s+(?:region|north\s*west|nw|country|uk)|nationally|in\s+england|in\s+the\s+north\s*west|across\s+the\s+(?:region|nw))|(?:top|bottom|first|second|third|fourth|upper|lower)\s+quartile|one\s+of\s+only\s+\w+|one\s+of\s+the\s+(?:best|top|highest|leading|lowest)|amongst\s+the\s+best|among\s+the\s+best|ranked\s+\d+(?:st|nd|rd|th)|(?:second|third|fourth)\s+best\s+performer|best\s+performer|highest\s+figure\s+in\s+the\s+\w+(?:\s+and\s+in\s+\w+)?|amongst\s+the\s+best\s+nationally|(?:drop|rise|move|fall)\s+in\s+the\s+(?:national\s+)?quartile|(?:rated|ranked|placed)\s+(?:as\s+)?number\s+one|\d+(?:st|nd|rd|th)\s+in\s+the\s+(?:national|regional)\s+rankings?|second\s+only\s+to|top\s+performing\s+(?:council|authority|local\s+authority)|top\s+\d+%\s+of\s+(?:local\s+)?(?:authorities|councils))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rank();

    [GeneratedRegex(@"\b(?:improved|moved\s+up|rose|risen)\s+(?:\w+\s+){0,3}from\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MovedUp();

    [GeneratedRegex(@"\b(?:worst|bottom|third\s+quartile|fourth\s+quartile|lower\s+quartile|(?:drop|fall)\s+in\s+the\s+(?:national\s+)?quartile)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeRank();

    [GeneratedRegex(@"\b(?:(?:\w+\s+)?stars?\s+rating\b|rat(?:ed|e|es)\s+(?!them\b)(?:[\w%]+\s+){0,10}?(?:as\s+)?[‘'""“]?(?:outstanding|good|excellent|very\s+good|requires?\s+improvement|requiring\s+improvement|inadequate)|[‘'""“](?:outstanding|good|requires?\s+improvement|inadequate)[’'""”]\s+(?:CQC\s+)?(?:overall\s+)?rating|(?:won|win|awarded|received|achieved|named|winning|gained)\b[^.;]{0,80}\b(?:award|accreditation|stars?|of\s+the\s+year|kitemark|status|rating|recognition|certificate|commendation)|of\s+the\s+year\b|rating\s+of\s+[‘'""“]?(?:outstanding|good))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rating();

    [GeneratedRegex(@"^[^,]*(?:requir(?:es?|ing)\s+improvement|inadequate)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeRating();

    // "61% of residents rate ...", "48% of users of the service rate ...": what people say in a survey, not a grade.
    [GeneratedRegex(@"\b(?:residents|people|respondents|users|carers|customers|clients)\b[^.;]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SurveyRaters();

    [GeneratedRegex(@"\b[A-Z][\w-]+,?\s+(?:which|who)\s+(?:has|had|have)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherBodysCount();

    [GeneratedRegex(@"^in\s+line\s+with", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InLine();

    [GeneratedRegex(@"\bshort-?listed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shortlisted();

    [GeneratedRegex(@"\b(?:targets?\b[^.;]{0,50}?\b(?:(?:had\s+|have\s+|has\s+)?been\s+(?:met|achieved|exceeded|missed)|(?:were|was|are|is)\s+(?:largely\s+|not\s+|being\s+)*(?:met|achieved|exceeded|missed)|not\s+(?:been\s+)?(?:met|achieved|achievable))|(?<!savings\s)targets?\b[^.;]{0,40}?\bof\s+(?:no\s+more\s+than\s+|no\s+less\s+than\s+|at\s+least\s+|less\s+than\s+|over\s+)?[£\d]|[\d.]+%\s+(?:\w+\s+){0,2}targets?\b|(?:above|below|ahead\s+of|behind)\s+(?:the\s+)?(?:plan|trajectory|target|profile)\b|(?:exceeded|met|achieved|missed)\s+(?:all\s+)?the\s+targets?\b|targets?\s+(?:of|to|for)\b|(?:met|meet|achieved|achieve|exceeded|exceed|missed|on\s+course\s+to\s+meet|on\s+track\s+to\s+meet|towards)\s+(?:\w+\s+){0,3}targets?\b|target\s+was\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Target();

    [GeneratedRegex(@"\b(?:met|achieved|exceeded|on\s+course|on\s+track|ahead\s+of|above\s+(?:the\s+)?target|(?:very\s+)?good\s+performance)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetMet();

    [GeneratedRegex(@"\b(?:missed|not\s+(?:been\s+|being\s+|yet\s+)?(?:met|achieved|achievable|on\s+track)|fell\s+short|short\s+of|below\s+(?:the\s+)?(?:target|plan|trajectory|profile)|behind\s+(?:the\s+)?(?:target|plan|trajectory|schedule)|above\s+(?:the\s+)?plan|off\s+track|adverse)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetMissed();

    [GeneratedRegex(@"(?<!\bto\s)\b(?:(?<![Qq]uality\s)improved|increased|risen|rose|decreased|reduced|declined|fell|fallen|grew|grown|doubled|trebled|halved|moved\s+up|(?:has|have|had)\s+been\s+(?:increasing|rising|falling|decreasing|reducing|improving|consistent|stable)|remained\s+(?:consistent|stable|high|low)|(?:an?|the|small|significant|notable|marked|steady|further|overall|continued|some)\s+(?:increase|decrease|reduction|rise|fall|drop|improvement)s?\b|continu(?:e|es|ed|ing)\s+to\s+(?:increase|reduce|improve|rise|grow|decline|fall)|rises\s+in|improving\s+(?:pattern|trend|performance|picture)|showing\s+(?:an?\s+)?improvement|improvements?\s+(?:in|to|on)\s+(?:the\s+)?(?:hospital|performance|outcomes|satisfaction|quality)|year[\s-]on[\s-]year|steady\s+progress|(?:significant|real|considerable|demonstrable)\s+(?:improvements?|strides)|made\s+(?:\w+\s+)?strides|improvements?\s+(?:had|have|has)\s+been\s+(?:seen|made)|dipped|upwards?\s+trajectory|downward\s+trend|\d+%?\s+(?:more|fewer)\s+(?:people|individuals|adults)|^(?:a\s+)?(?:decrease|reduction|increase|rise)\s+in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrendVerb();

    [GeneratedRegex(@"\b(?:year[\s-]on[\s-]year|each\s+year|every\s+year|previous\s+(?:year|results)|last\s+year|this\s+year|since\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d[/\-]\d\d\s+to|compared\s+(?:with|to)\s+(?:19|20)\d\d|improv(?:ed|ement)\s+on|(?:improved|increased|moved\s+up|rose|risen|decreased|reduced|fallen|fell)\s+(?:\w+\s+){0,6}from\b[^.;]{0,60}\bto\b|past\s+(?:two|three|few)\s+years|recent\s+years|between\s+(?:19|20)\d\d[/\-]\d\d\s+and\s+(?:19|20)\d\d|consistent)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrendCue();

    [GeneratedRegex(@"\b(?:will|aim(?:s|ing)?\s+to|plan(?:s|ning)?\s+to|intend(?:s)?\s+to|expected\s+to|going\s+to|should|would|could|may|might|wants?\s+to|can\s+be|look\s+to|looks\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Forecast();

    [GeneratedRegex(@"\b(?:aims?\s+(?:of|is|are|to)|objectives?\s+(?:is|are)|seek(?:s|ing)?\s+to|in\s+order\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aim();

    [GeneratedRegex(@"\b(?:worse|below|declin\w*|deteriorat\w*|decreased|fell|lower|bottom|less)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeCue();

    [GeneratedRegex(@"\b(?:same|similar|stable|maintained|close|unchanged|in\s+line)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeutralCue();

    [GeneratedRegex(@"\b(?:delay\w*|DToCs?|admissions?|waiting|waits?|turnover|vacanc\w*|complaints?|re-?admissions?|re-?contacts?|re-?referrals?|backlogs?|overdue|outstanding\s+(?:reviews|assessments)|overspend\w*|injur\w*|non-elective|bed\s+days|bed\s+and\s+breakfast|temporary\s+accommodation|unmet|non-compliant|requiring\s+improvement|costs?|sickness|agency\s+staff)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowerIsBetter();

    [GeneratedRegex(@"\b(?:lower|less|fewer|below)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lower();

    [GeneratedRegex(@"\b(?:higher|more|greater|above)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Higher();

    [GeneratedRegex(@"\b(?:demand|pressures?|escalation|deprivation|ageing|funding|budgets?|cuts?|precept|referrals|activity|DoLS|Deprivation\s+of\s+Liberty|population|workload|caseloads?|numbers?\s+of\s+(?:people|referrals|contacts|clients|service\s+users|cases))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Background();

    [GeneratedRegex(@"\b(?:declin\w*|deteriorat\w*|worsen\w*|dipped|fell\s+behind|(?:drop|fall)\s+in\s+the\s+(?:national\s+)?quartile)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decline();

    [GeneratedRegex(@"\b(?:decreas\w*|reduc\w*|fell|fallen|halved|lower|down)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Falls();

    [GeneratedRegex(@"\bimprov\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Improve();

    [GeneratedRegex(@"\b(?:consistent|stable)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Steady();

    [GeneratedRegex(@"^\s*[•·\-]?\s*%\s+(?!.*\b(?:is|are|was|were|has|have|had|remain(?:s|ed)?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeasureName();

    [GeneratedRegex(@"\G\s+(?:[A-Z][a-z]+\s+){1,3}(?:Fund|Fund\b|Programme|Plan|Service|Partnership)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedAfter();

    // "33 indicators were 'green'", "1 indicator was reported as red", "The 10 measures reported as amber", "24 Green": a count of a RAG rating.
    [GeneratedRegex(@"(?<n>" + Count + @")\s+(?:(?:[\w-]+\s+){0,3}(?:measures?|indicators?|KPIs?|targets?|actions?|PIs?)\s+(?:(?:were|was|are|is|have\s+been|has\s+been)\s+)?(?:(?:currently|reported|rated|showing|shown|flagged|assessed)\s+)*(?:as\s+|at\s+)?[‘'""“]?|[‘'""“]?)(?<rag>green|amber|red)\b[’'""”]?(?!\s+(?:and|or)\s+(?:green|amber|red))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RagCount();

    [GeneratedRegex(@"\b(?:the\s+)?(?:majority|most|a\s+number|several|some|many)\s+of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:measures|indicators|KPIs|targets|PIs)\b[^.;]{0,60}?\b(?:(?:rated|reported\s+as|were|are|at)\s+[‘'""“]?)(?<status>green|amber\s+or\s+red|red\s+or\s+amber|amber|red|on\s+track|on\s+target)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UncountedRag();

    [GeneratedRegex(@"\G[^.;]{0,80}?\b(?:of|out\s+of)\s+(?:the\s+|our\s+)?(?<m>\d{1,3})\s+(?:[\w-]+\s+){0,2}(?:measures|indicators|KPIs|targets|PIs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfTotal();

    [GeneratedRegex(@"\bascof\b|adult\s+social\s+care\s+outcomes\s+framework", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ascof();

    [GeneratedRegex(@"\bsurvey\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Survey();

    [GeneratedRegex(@"\bCQC\b|Care\s+Quality\s+Commission", RegexOptions.CultureInvariant)]
    private static partial Regex Cqc();

    [GeneratedRegex(@"\bBCF\b|Better\s+Care\s+Fund", RegexOptions.CultureInvariant)]
    private static partial Regex Bcf();

    [GeneratedRegex(@"^(?:\d[A-Z](?:\s*\((?:i|ii|iii|iv|\d)\))?|\d[A-Z]\d?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeCell();

    [GeneratedRegex(@"^(?:top|second|third|bottom|first|fourth|upper|lower)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quartile();
}
