using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Depesche.Index;

/// <summary>
/// Facet counts (Lucene.Net.Facet is not available here): per segment, count each hit's source, category and
/// month number in arrays (<see cref="SegmentFacets"/>), then add the counts to the labels once per segment.
/// </summary>
public sealed class FacetCounter
{
    private readonly Dictionary<string, int> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _months = new(StringComparer.Ordinal);
    private SegmentFacets? _segment;
    private int[] _sourceCounts = [];
    private int[] _categoryCounts = [];
    private int[] _monthCounts = [];

    /// <summary>Starts counting in a new segment, adding the previous one's counts to the totals.</summary>
    public void SetNextReader(AtomicReader reader)
    {
        FlushSegment();
        var segment = SegmentFacets.For(reader);
        _segment = segment;
        _sourceCounts = new int[segment.SourceLabels.Length + 1];
        _categoryCounts = new int[segment.CategoryLabels.Length + 1];
        _monthCounts = new int[segment.MonthLabels.Length + 1];
    }

    /// <summary>Counts one document of the current segment.</summary>
    public void Collect(int doc)
    {
        var segment = _segment!;
        _sourceCounts[segment.Sources[doc]]++;
        _categoryCounts[segment.Categories[doc]]++;
        _monthCounts[segment.Months[doc]]++;
    }

    /// <summary>The sources counted, most first, ties by name.</summary>
    public IReadOnlyList<FacetValue> Sources() => MostFirst(_sources);

    /// <summary>The categories counted, most first, ties by name.</summary>
    public IReadOnlyList<FacetValue> Categories() => MostFirst(_categories);

    /// <summary>The months counted (<c>2024-05</c>), oldest first.</summary>
    public IReadOnlyList<FacetValue> Months()
    {
        FlushSegment();
        return _months.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetValue(kv.Key, kv.Value)).ToList();
    }

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

    private IReadOnlyList<FacetValue> MostFirst(Dictionary<string, int> totals)
    {
        FlushSegment();
        return totals.Select(kv => new FacetValue(kv.Key, kv.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
    }

    private void FlushSegment()
    {
        if (_segment is not { } segment) return;
        Add(_sources, _sourceCounts, segment.SourceLabels);
        Add(_categories, _categoryCounts, segment.CategoryLabels);
        Add(_months, _monthCounts, segment.MonthLabels);
        _segment = null;
    }

    // Index 0 counts the articles without a value, which no facet shows.
    private static void Add(Dictionary<string, int> totals, int[] counts, string[] labels)
    {
        for (int i = 1; i < counts.Length; i++)
            if (counts[i] > 0) totals[labels[i - 1]] = totals.GetValueOrDefault(labels[i - 1]) + counts[i];
    }
}
