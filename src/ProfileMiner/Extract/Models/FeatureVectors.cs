using Microsoft.ML;
using Microsoft.ML.Data;

namespace ProfileMiner.Extract.Models;

/// <summary>Reads a vector column of a data view into memory, one copy per row.</summary>
internal static class FeatureVectors
{
    /// <summary>Every row's value of <paramref name="column"/>, in order.</summary>
    public static List<VBuffer<float>> Read(IDataView view, string column)
    {
        var source = view.Schema[column];
        var result = new List<VBuffer<float>>();
        using var cursor = view.GetRowCursor([source]);
        var getter = cursor.GetGetter<VBuffer<float>>(source);
        var buffer = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            var copy = default(VBuffer<float>);
            buffer.CopyTo(ref copy);
            result.Add(copy);
        }

        return result;
    }
}
