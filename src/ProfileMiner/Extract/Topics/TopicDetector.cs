using System.Collections.Immutable;
using ProfileMiner.Extract.Themes;
using ProfileMiner.IO;
using ProfileMiner.Model;

namespace ProfileMiner.Extract.Topics;

/// <summary>
/// Marks the blocks of a document that are not about adult social care (<see cref="Topic.Other"/>):
/// a council's cycling plan, the highways item of cabinet minutes, another directorate's rows in a
/// council-wide budget report.
/// </summary>
/// <remarks>
/// Two reviewed word lists (<c>corpus/topics/</c>, in the theme lexicons' format) score each block:
/// adult social care words, and the words of a council's other services. A block decides for itself
/// when it says enough: on topic with a strong care word (score 2 or more, at least its other score),
/// other when the other words are at least three times its care words and score 2 or more, unless
/// the part it stands in is plainly about care (care words at least twice the others). A block
/// that says too little (a bare figure, "Table 3", "Health and wellbeing through active travel")
/// takes the verdict of the part of the document it stands in: the run of blocks under its heading,
/// then under each heading above, then its council section, then the whole document; a part decides
/// when its words total 2 or more and one side clearly wins (other: at least twice the care words;
/// on topic: at least the other words). Nothing decided means on topic.
/// Thread-safe.
/// </remarks>
public sealed class TopicDetector
{
    private const int Care = 0;
    private const int Else = 1;
    private static readonly Lazy<TopicDetector> s_default = new(LoadEmbedded);
    private readonly ThemeLexicon _lexicon;

    /// <summary>Creates a detector from the two word lists' texts (the format of <c>corpus/topics/*.txt</c>).</summary>
    public TopicDetector(string adultSocialCareWords, string otherWords)
    {
        ArgumentNullException.ThrowIfNull(adultSocialCareWords);
        ArgumentNullException.ThrowIfNull(otherWords);
        _lexicon = new ThemeLexicon(ThemeCatalogue.Of(["adult_social_care", "other"], ["Adult social care", "Other council business"], [adultSocialCareWords, otherWords]));
    }

    /// <summary>The detector with the shipped word lists.</summary>
    public static TopicDetector Default => s_default.Value;

    /// <summary>Returns <paramref name="document"/> with the topic of every block set.</summary>
    public SegmentedDocument Mark(SegmentedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Topics = Detect(document) };
    }

    /// <summary>The topic of each block of <paramref name="document"/>, in block order.</summary>
    public ImmutableArray<Topic> Detect(SegmentedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Source.Blocks;
        var care = new double[blocks.Length + 1];
        var other = new double[blocks.Length + 1];
        var own = new (double Care, double Other)[blocks.Length];
        for (var i = 0; i < blocks.Length; i++)
        {
            var scores = _lexicon.Score(blocks[i].Text);
            own[i] = (scores[Care], scores[Else]);
            care[i + 1] = care[i] + scores[Care];
            other[i + 1] = other[i] + scores[Else];
        }

        var topics = new Topic[blocks.Length];
        foreach (var section in document.Sections)
        {
            // The parts each block stands in, innermost first: the runs under its headings.
            var unitEnd = new Dictionary<int, int>();
            var open = new List<(int Level, int Start)>();
            var paths = new int[section.EndBlock - section.FirstBlock][];
            for (var i = section.FirstBlock; i < section.EndBlock; i++)
            {
                var block = blocks[i];
                if (block.Kind == BlockKind.Heading)
                {
                    for (var h = open.Count - 1; h >= 0 && open[h].Level >= block.HeadingLevel; h--)
                    {
                        unitEnd[open[h].Start] = i;
                        open.RemoveAt(h);
                    }

                    open.Add((block.HeadingLevel, i));
                }

                paths[i - section.FirstBlock] = [.. open.Select(o => o.Start).Reverse()];
            }

            foreach (var (_, start) in open)
            {
                unitEnd[start] = section.EndBlock;
            }

            for (var i = section.FirstBlock; i < section.EndBlock; i++)
            {
                var part = PartVerdict(paths[i - section.FirstBlock], section);
                topics[i] = Decide(own[i]) switch
                {
                    Topic.AdultSocialCare => Topic.AdultSocialCare,

                    // Another service named in a part that is plainly about care (the children's
                    // director signing an adult social care report) stays with its part.
                    Topic.Other => part is { Topic: Topic.AdultSocialCare, Plain: true } ? Topic.AdultSocialCare : Topic.Other,
                    _ => part?.Topic ?? Topic.AdultSocialCare,
                };
            }

            (Topic Topic, bool Plain)? PartVerdict(int[] path, Section section)
            {
                foreach (var start in path)
                {
                    if (Weigh(start, unitEnd[start]) is { } verdict)
                    {
                        return verdict;
                    }
                }

                return Weigh(section.FirstBlock, section.EndBlock) ?? Weigh(0, blocks.Length);
            }
        }

        return [.. topics];

        // A part's verdict, and whether it is plain (one side at least twice the other).
        (Topic Topic, bool Plain)? Weigh(int start, int end)
        {
            var c = care[end] - care[start];
            var o = other[end] - other[start];
            return c + o < 2 ? null
                : o >= 2 * c ? (Topic.Other, true)
                : c >= o ? (Topic.AdultSocialCare, c >= 2 * o)
                : null;
        }
    }

    private static Topic? Decide((double Care, double Other) block) =>
        block.Care >= 2 && block.Care >= block.Other ? Topic.AdultSocialCare
        : block.Other >= 2 && block.Other >= 3 * block.Care ? Topic.Other
        : null;

    private static TopicDetector LoadEmbedded() =>
        new(EmbeddedText.Read("ProfileMiner.Resources.topics.adult_social_care.txt"), EmbeddedText.Read("ProfileMiner.Resources.topics.other.txt"));
}
