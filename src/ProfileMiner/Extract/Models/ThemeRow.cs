using Microsoft.ML;
using Microsoft.ML.Data;
using ProfileMiner.Extract.Themes;

namespace ProfileMiner.Extract.Models;

/// <summary>The theme model's input row: the passage text and the lexicon's theme scores of the passage and of its context.</summary>
internal sealed class ThemeRow
{
    /// <summary>The lexicon vectors, in the order the featuriser concatenates them.</summary>
    public static readonly string[] ContextColumns = [nameof(HeadingLexicon), nameof(NeighbourLexicon), nameof(LeadInLexicon)];

    public string Text { get; set; } = string.Empty;

    /// <summary>One normalised lexicon score per theme (0 to 1) of the passage's own text.</summary>
    public float[] Lexicon { get; set; } = [];

    /// <summary>The same of the passage's heading.</summary>
    public float[] HeadingLexicon { get; set; } = [];

    /// <summary>The same of the blocks before and after the passage, summed.</summary>
    public float[] NeighbourLexicon { get; set; } = [];

    /// <summary>The same of a list item's lead-in.</summary>
    public float[] LeadInLexicon { get; set; } = [];

    /// <summary>The row of <paramref name="passage"/>, its lexicon features scaled by <paramref name="scale"/>.</summary>
    public static ThemeRow From(ThemePassage passage, LexiconScoreCache cache, float scale) => new()
    {
        Text = passage.Text,
        Lexicon = Scale(cache.Normalised(passage.Text), scale),
        HeadingLexicon = Scale(cache.Normalised(passage.Heading), scale),
        NeighbourLexicon = Scale(cache.Normalised(passage.Previous, passage.Next), scale),
        LeadInLexicon = Scale(cache.Normalised(passage.LeadIn), scale),
    };

    /// <summary>The input schema for <paramref name="themes"/> themes (the lexicon vectors have a fixed size).</summary>
    public static SchemaDefinition Schema(int themes)
    {
        var schema = SchemaDefinition.Create(typeof(ThemeRow));
        foreach (var column in ContextColumns.Prepend(nameof(Lexicon)))
        {
            schema[column].ColumnType = new VectorDataViewType(NumberDataViewType.Single, themes);
        }

        return schema;
    }

    public static IDataView Load(MLContext ml, IEnumerable<ThemeRow> rows, int themes) =>
        ml.Data.LoadFromEnumerable(rows, Schema(themes));

    private static float[] Scale(double[] normalised, float scale) => [.. normalised.Select(s => (float)s * scale)];
}
