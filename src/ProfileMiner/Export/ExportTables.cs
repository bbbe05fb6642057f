namespace ProfileMiner.Export;

/// <summary>Which tables an export writes (<c>--what</c>); combine with <c>|</c>.</summary>
[Flags]
public enum ExportTables
{
    /// <summary>No table.</summary>
    None = 0,

    /// <summary>One row per document (<c>documents</c>).</summary>
    Documents = 1,

    /// <summary>One row per block (<c>passages</c>).</summary>
    Passages = 2,

    /// <summary>One row per metric mention (<c>metrics</c>).</summary>
    Metrics = 4,

    /// <summary>One row per claim (<c>claims</c>).</summary>
    Claims = 8,

    /// <summary>One row per theme of a passage (<c>themes</c>, long form).</summary>
    Themes = 16,

    /// <summary>Every table.</summary>
    All = Documents | Passages | Metrics | Claims | Themes,
}
