using Microsoft.ML.Data;

namespace ProfileMiner.Extract.Models;

/// <summary>The theme scorers' output in <see cref="ThemeModel"/>'s prediction engines: one probability per scored theme.</summary>
internal sealed class ThemeScoreVector
{
    /// <summary>The name of the column that gathers the themes' probability columns.</summary>
    public const string Column = "PM.Scores";

    [ColumnName(Column)]
    public VBuffer<float> Scores { get; set; }
}
