using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Depesche.Index;

/// <summary>
/// Facet counts (Lucene.Net.Facet is not available here): per segment, count each hit's source, category and
/// month number in arrays (<see cref="SegmentFacets"/>), then add the counts to the labels once per segment.
/// </summary>
public sealed class FacetCounter
{
    private readonly Tally _sources = new();
    private readonly Tally _categories = new();
    private readonly Tally _months = new();

    /// <summary>Starts counting in a new segment, adding the previous one's counts to the totals.</summary>
    public void SetNextReader(AtomicReader reader)
    {
        var segment = SegmentFacets.For(reader);
        _sources.Start(segment.Sources);
        _categories.Start(segment.Categories);
        _months.Start(segment.Months);
    }

    /// <summary>Counts one document of the current segment.</summary>
    public void Collect(int doc)
    {
        _sources.Count(doc);
        _categories.Count(doc);
        _months.Count(doc);
    }

    /// <summary>Adds the counts of <paramref name="other"/>, which counted other segments.</summary>
    public void Add(FacetCounter other)
    {
        _sources.Add(other._sources);
        _categories.Add(other._categories);
        _months.Add(other._months);
    }

    /// <summary>The sources counted, most first, ties by name.</summary>
    public IReadOnlyList<FacetValue> Sources() => MostFirst(_sources.Totals());

    /// <summary>The categories counted, most first, ties by name.</summary>
    public IReadOnlyList<FacetValue> Categories() => MostFirst(_categories.Totals());

    /// <summary>The months counted (<c>2024-05</c>), oldest first.</summary>
    public IReadOnlyList<FacetValue> Months() =>
        _months.Totals().OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetValue(kv.Key, kv.Value)).ToList();

    /// <summary>Source and category counts over every live article of <paramref name="reader"/>.</summary>
    public static (IReadOnlyList<FacetValue> Sources, IReadOnlyList<FacetValue> Categories) CountAll(IndexReader reader)
    {
        var counter = new FacetCounter();
        foreach (var leaf in reader.Leaves)
        {
            counter.SetNextReader(leaf.AtomicReader);
            IBits? live = leaf.AtomicReader.LiveDocs;
            for (int doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                if (live is null || live.Get(doc)) counter.Collect(doc);
        }
        return (counter.Sources(), counter.Categories());
    }

    private static List<FacetValue> MostFirst(Dictionary<string, int> totals) => totals.Select(kv => new FacetValue(kv.Key, kv.Value))
        .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();

    // One facet's counts: per value number within the current segment, per label over the segments done.
    private sealed class Tally
    {
        private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
        private SegmentFacet? _segment;
        private int[] _counts = [];

        public void Start(SegmentFacet segment)
        {
            Flush();
            _segment = segment;
            _counts = new int[segment.Labels.Length + 1];
        }

        public void Count(int doc) => _counts[_segment!.PerDoc[doc]]++;

        public void Add(Tally other)
        {
            Flush();
            foreach (var (label, count) in other.Totals()) _totals[label] = _totals.GetValueOrDefault(label) + count;
        }

        public Dictionary<string, int> Totals()
        {
            Flush();
            return _totals;
        }

        // Number 0 counts the articles without a value, which no facet shows.
        private void Flush()
        {
            if (_segment is not { } segment) return;
            for (int i = 1; i < _counts.Length; i++)
                if (_counts[i] > 0) _totals[segment.Labels[i - 1]] = _totals.GetValueOrDefault(segment.Labels[i - 1]) + _counts[i];
            _segment = null;
        }
    }
}
