namespace ProfileMiner.Segment;

/// <summary>
/// The weights <see cref="IssuerDetector"/> gives each kind of evidence, and its thresholds; change
/// them with <c>with</c>. Weights are points: a council with at least <see cref="CouncilThreshold"/>
/// points is the issuer unless another kind of body has more points than the council's own
/// (authorship) evidence. docs/outputs.md lists the sources.
/// </summary>
public sealed record IssuerOptions
{
    /// <summary>The defaults documented on each property.</summary>
    public static IssuerOptions Default { get; } = new();

    /// <summary>A stated "Name of Local Authority: X" or a single <c>LOCAL AUTHORITY : X</c> heading. Default 10.</summary>
    public double StatedWeight { get; init; } = 10;

    /// <summary>A council's formal name (<c>Kent County Council</c>) as a short line of the opening. Default 6.</summary>
    public double LetterheadWeight { get; init; } = 6;

    /// <summary>Each mention of a council's name followed by <c>Council</c> anywhere in the text. Default 3.</summary>
    public double FormalMentionWeight { get; init; } = 3;

    /// <summary>Each bare mention of a council's name in the text. Default 1.</summary>
    public double MentionWeight { get; init; } = 1;

    /// <summary>Each derived abbreviation (<c>KCC</c>) in the text. Default 2.</summary>
    public double AbbreviationWeight { get; init; } = 2;

    /// <summary>Most points abbreviations give one council. Default 6.</summary>
    public double AbbreviationCap { get; init; } = 6;

    /// <summary>The first <c>gov.uk</c> address of a council; each further one adds a point. Default 3.</summary>
    public double DomainWeight { get; init; } = 3;

    /// <summary>Most points domains give one council. Default 6.</summary>
    public double DomainCap { get; init; } = 6;

    /// <summary>A council named in the PDF's Title, Subject, Author or Keywords. Default 4.</summary>
    public double MetadataWeight { get; init; } = 4;

    /// <summary>A council spelled out in the file name. Default 5.</summary>
    public double FileNameWeight { get; init; } = 5;

    /// <summary>A council spelled out in a folder name. Default 4.</summary>
    public double FolderWeight { get; init; } = 4;

    /// <summary>How many folders above the file are read. Default 2.</summary>
    public int FolderLevels { get; init; } = 2;

    /// <summary>Each distinct council role or committee ("Cabinet Member for", "Scrutiny Committee"): evidence that a council wrote it, not which. Default 1.</summary>
    public double RoleWeight { get; init; } = 1;

    /// <summary>Most points role lines give. Default 4.</summary>
    public double RoleCap { get; init; } = 4;

    /// <summary>Role points that make a document a council's (naming none when no council has <see cref="CouncilThreshold"/> points). Default 2.</summary>
    public double RoleThreshold { get; init; } = 2;

    /// <summary>Blocks searched for role lines. Default 60.</summary>
    public int RoleBlocks { get; init; } = 60;

    /// <summary>A mark of another kind of body (a masthead, a department's header, its domain, its name in the file name). Default 3.</summary>
    public double CueWeight { get; init; } = 3;

    /// <summary>A charity's registration line or trustees' report heading. Default 4.</summary>
    public double CharityCueWeight { get; init; } = 4;

    /// <summary>Points a council needs to be the issuer. Default 2 (two bare mentions, or one formal).</summary>
    public double CouncilThreshold { get; init; } = 2;

    /// <summary>Points another kind of body needs to win over a council it is compared with. Default 4.</summary>
    public double OtherBodyThreshold { get; init; } = 4;

    /// <summary>Points another kind of body needs when no council has any evidence. Default 3.</summary>
    public double WeakOtherBodyThreshold { get; init; } = 3;

    /// <summary>Opening blocks read for letterheads and other bodies' marks (page 1 of a PDF at most). Default 12.</summary>
    public int OpeningBlocks { get; init; } = 12;

    /// <summary>Longest block, in characters, taken as a letterhead or masthead line. Default 100.</summary>
    public int LetterheadLength { get; init; } = 100;
}
