using Depesche.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>
/// Collects the top hits, counts every hit, and counts facets in the same pass.
/// </summary>
internal sealed class HitCollector(ICollector top, bool facets) : ICollector
{
    private readonly FacetCounter? _facets = facets ? new FacetCounter() : null;

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        top.SetNextReader(context);
        _facets?.SetNextReader(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        Total++;
        top.Collect(doc);
        _facets?.Collect(doc);
    }

    /// <summary>The hits and facets of <paramref name="parts"/>, collected over different segments, counted as one.</summary>
    public static HitCollector Sum(IEnumerable<HitCollector> parts)
    {
        HitCollector? sum = null;
        foreach (var part in parts)
        {
            if (sum is null)
            {
                sum = part;
                continue;
            }
            sum.Total += part.Total;
            if (part._facets is not null) sum._facets?.Add(part._facets);
        }
        return sum ?? throw new ArgumentException("no collectors", nameof(parts));
    }

    public SearchFacets? Facets() => _facets is null ? null : new SearchFacets
    {
        Source = _facets.Sources(),
        Category = _facets.Categories(),
        Month = _facets.Months(),
    };
}
