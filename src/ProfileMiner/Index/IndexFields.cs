namespace ProfileMiner.Index;

/// <summary>
/// The fields of one passage document in the index. Text fields are analysed (stemmed, synonyms
/// expanded); keyword fields are indexed lower-cased as one term, stored as written, and carry
/// doc values for facets and grouping.
/// </summary>
public static class IndexFields
{
    /// <summary>The passage's text: analysed, stored, term vectors with positions and offsets.</summary>
    public const string Text = "text";

    /// <summary>The heading path above the passage, joined with " / ": analysed and stored.</summary>
    public const string Heading = "heading";

    /// <summary>The passage's stable key, <c>file#block</c>.</summary>
    public const string Key = "key";

    /// <summary>The document's file name.</summary>
    public const string Doc = "doc";

    /// <summary>The document's title (stored only).</summary>
    public const string Title = "title";

    /// <summary>The full path the document was read from (stored only), for a link to it.</summary>
    public const string SourcePath = "source_path";

    /// <summary>The council's canonical name.</summary>
    public const string Council = "council";

    /// <summary>The council's ONS GSS code.</summary>
    public const string GssCode = "gss";

    /// <summary>The council's region.</summary>
    public const string Region = "region";

    /// <summary>The document's kind (<c>self_assessment</c>, <c>improvement_profile</c>, ...).</summary>
    public const string Kind = "kind";

    /// <summary>The block's kind (<c>paragraph</c>, <c>list_item</c>, <c>table_row</c>, <c>heading</c>).</summary>
    public const string Block = "block";

    /// <summary>The document's period label, as written in <c>documents.jsonl</c>.</summary>
    public const string Period = "period";

    /// <summary>Each calendar year the document's period touches (a financial year 2016/17 gives 2016 and 2017).</summary>
    public const string Year = "year";

    /// <summary>Theme ids of the passage, from theme assignments when a run has them.</summary>
    public const string Theme = "theme";

    /// <summary><c>true</c> when a metric was extracted from the passage.</summary>
    public const string HasMetrics = "has_metrics";

    /// <summary><c>true</c> when a claim was extracted from the passage.</summary>
    public const string HasClaims = "has_claims";

    /// <summary>The section id (<c>file#index</c>).</summary>
    public const string Section = "section";

    /// <summary>The section id whose copy is shown instead, for passages of duplicate sections.</summary>
    public const string DuplicateOf = "duplicate_of";

    /// <summary>A hash of the passage's letters and digits: passages with the same key are one hit.</summary>
    public const string Group = "group";

    /// <summary>Doc values: 1 when the passage is not in a duplicate section (preferred as a group's hit).</summary>
    public const string Primary = "primary";

    /// <summary>Doc values: how much the passage is worth as a hit before any query, per mille (<see cref="PassagePrior"/>).</summary>
    public const string Prior = "prior";

    /// <summary>The 1-based page (PDF).</summary>
    public const string Page = "page";

    /// <summary>The 1-based line (text).</summary>
    public const string Line = "line";

    /// <summary>The block's index in its document.</summary>
    public const string BlockIndex = "block_index";

    /// <summary>Offset of the passage in its document's normalised text.</summary>
    public const string Start = "start";

    /// <summary>Offset one past the passage's end in its document's normalised text.</summary>
    public const string End = "end";

    /// <summary>The passage's sentences as <c>start-end</c> pairs relative to the passage, separated by commas.</summary>
    public const string Sentences = "sentences";

    /// <summary>Doc values: the document's file name, for listing a hit's other places quickly.</summary>
    public const string DocValuesDoc = "dv_doc";

    /// <summary>Doc values: the page (0 when none).</summary>
    public const string DocValuesPage = "dv_page";

    /// <summary>Doc values: the line (0 when none).</summary>
    public const string DocValuesLine = "dv_line";

    /// <summary>Doc values: the block index.</summary>
    public const string DocValuesBlock = "dv_block";

    /// <summary>The fields a query searches when it names none, with their boosts.</summary>
    public static IReadOnlyDictionary<string, float> DefaultFields { get; } = new Dictionary<string, float>(StringComparer.Ordinal)
    {
        [Text] = 1.0f,
        [Heading] = 0.3f,
    };

    /// <summary>The keyword fields: one lower-cased term each, matched whole.</summary>
    public static IReadOnlySet<string> KeywordFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Key, Doc, Council, GssCode, Region, Kind, Block, Period, Year, Theme, HasMetrics, HasClaims, Section, DuplicateOf, Group,
    };

    /// <summary>The facets counted over a result set, in the order they are shown.</summary>
    public static IReadOnlyList<string> Facets { get; } = [Council, Theme, Kind, Year];
}
