using Depesche.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>
/// Collects the top hits, counts every hit, and counts facets on doc values in the same pass.
/// </summary>
internal sealed class HitCollector : ICollector
{
    private readonly ICollector _top;
    private readonly FacetCounter? _labels;
    private readonly Dictionary<int, int>? _months;
    private NumericDocValues? _dates;

    public HitCollector(ICollector top, bool facets)
    {
        _top = top;
        if (facets)
        {
            _labels = new FacetCounter(Schema.Source, Schema.Category);
            _months = [];
        }
    }

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _top.SetNextReader(context);
        if (_labels is null) return;
        _labels.SetNextReader(context.AtomicReader);
        _dates = context.AtomicReader.GetNumericDocValues(Schema.Date);
    }

    public void Collect(int doc)
    {
        Total++;
        _top.Collect(doc);
        if (_labels is null) return;
        _labels.Collect(doc);
        if (_dates is not null)
        {
            var day = DateTimeOffset.FromUnixTimeSeconds(_dates.Get(doc));
            int month = day.Year * 100 + day.Month;
            _months![month] = _months.GetValueOrDefault(month) + 1;
        }
    }

    public SearchFacets? Facets() => _labels is null ? null : new SearchFacets
    {
        Source = _labels.Result(0),
        Category = _labels.Result(1),
        Month = _months!.OrderBy(kv => kv.Key)
            .Select(kv => new FacetValue($"{kv.Key / 100:0000}-{kv.Key % 100:00}", kv.Value)).ToList(),
    };
}
