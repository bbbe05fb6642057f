using Microsoft.ML;
using Microsoft.ML.Data;

namespace ProfileMiner.Training;

/// <summary>A featurised training row of one theme's binary model: the feature vector and whether the theme applies.</summary>
internal sealed class FeatureRow
{
    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }

    public static IDataView Load(MLContext ml, IEnumerable<FeatureRow> rows, int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
