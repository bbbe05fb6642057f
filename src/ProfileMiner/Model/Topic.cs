namespace ProfileMiner.Model;

/// <summary>
/// Whether a passage is about adult social care. A council's paper on another subject (a cycling
/// plan) or another service's item in a council-wide report (highways in cabinet minutes) is
/// <see cref="Other"/>: what is extracted from it stays in the exports, marked, and is left out of
/// the digest.
/// </summary>
public enum Topic
{
    /// <summary>About adult social care, or nothing says otherwise (the default).</summary>
    AdultSocialCare,

    /// <summary>About another of the council's services.</summary>
    Other,
}

/// <summary>The names of <see cref="Topic"/> values as the outputs write them.</summary>
public static class Topics
{
    /// <summary>The snake_case name written in the outputs: <c>adult_social_care</c> or <c>other</c>.</summary>
    public static string Name(Topic topic) => topic == Topic.Other ? "other" : "adult_social_care";
}
