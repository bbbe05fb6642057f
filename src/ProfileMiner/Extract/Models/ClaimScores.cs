using Microsoft.ML.Data;

namespace ProfileMiner.Extract.Models;

/// <summary>A claim classifier's output for one sentence: the probability of each label, in the order of the column's slot names.</summary>
internal sealed class ClaimScores
{
    /// <summary>The column the classifier writes its probabilities to.</summary>
    public const string Column = "Score";

    [ColumnName(Column)]
    public VBuffer<float> Score { get; set; }
}
