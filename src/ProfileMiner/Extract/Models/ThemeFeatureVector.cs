using Microsoft.ML;
using Microsoft.ML.Data;

namespace ProfileMiner.Extract.Models;

/// <summary>A passage's feature vector: the featuriser's output and the theme scorers' input in <see cref="ThemeModel"/>'s prediction engines.</summary>
internal sealed class ThemeFeatureVector
{
    public VBuffer<float> Features { get; set; }

    /// <summary>The schema of a feature vector of <paramref name="dimension"/> slots.</summary>
    public static SchemaDefinition Schema(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(ThemeFeatureVector));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }

    public static IDataView Load(MLContext ml, IEnumerable<ThemeFeatureVector> rows, int dimension) =>
        ml.Data.LoadFromEnumerable(rows, Schema(dimension));
}
