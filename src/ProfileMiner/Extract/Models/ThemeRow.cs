using Microsoft.ML;
using Microsoft.ML.Data;

namespace ProfileMiner.Extract.Models;

/// <summary>The theme model's input row: the passage text and the lexicon's theme scores.</summary>
internal sealed class ThemeRow
{
    public string Text { get; set; } = string.Empty;

    /// <summary>One lexicon score per theme, 0 to 1 (the combined model's extra features).</summary>
    public float[] Lexicon { get; set; } = [];

    /// <summary>The input schema for <paramref name="themes"/> themes (the lexicon vector has a fixed size).</summary>
    public static SchemaDefinition Schema(int themes)
    {
        var schema = SchemaDefinition.Create(typeof(ThemeRow));
        schema[nameof(Lexicon)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, themes);
        return schema;
    }

    public static IDataView Load(MLContext ml, IEnumerable<ThemeRow> rows, int themes) =>
        ml.Data.LoadFromEnumerable(rows, Schema(themes));
}
