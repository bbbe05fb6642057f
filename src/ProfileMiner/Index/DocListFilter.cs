using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ProfileMiner.Index;

/// <summary>Lets through only the listed passages (global doc ids), so a query scores just those.</summary>
internal sealed class DocListFilter(IReadOnlyCollection<int> docs) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var maxDoc = context.AtomicReader.MaxDoc;
        FixedBitSet? set = null;
        foreach (var doc in docs)
        {
            var local = doc - context.DocBase;
            if (local >= 0 && local < maxDoc)
            {
                set ??= new FixedBitSet(maxDoc);
                set.Set(local);
            }
        }

        return set is null ? null : BitsFilteredDocIdSet.Wrap(set, acceptDocs);
    }
}
