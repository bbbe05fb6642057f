namespace ProfileMiner.Model;

/// <summary>What sort of document a file is, detected from its text.</summary>
public enum DocumentKind
{
    /// <summary>Anything else.</summary>
    Other,

    /// <summary>A (regional) council improvement profile, usually one section per council.</summary>
    ImprovementProfile,

    /// <summary>A report to a scrutiny (or other) committee meeting.</summary>
    ScrutinyReport,

    /// <summary>A self-assessment or self-evaluation form.</summary>
    SelfAssessment,

    /// <summary>A strategy, vision or plan.</summary>
    Strategy,
}
