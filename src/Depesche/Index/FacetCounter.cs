using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Depesche.Index;

/// <summary>
/// Facet counts on sorted doc values (Lucene.Net.Facet is not available here): per segment, count
/// ordinals in an array, then resolve them to labels once.
/// </summary>
public sealed class FacetCounter
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _totals;
    private SortedDocValues?[] _current;
    private int[][] _segmentCounts;

    /// <summary>A counter for the sorted-doc-values fields <paramref name="fields"/>.</summary>
    public FacetCounter(params string[] fields)
    {
        _fields = fields;
        _totals = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _current = new SortedDocValues?[fields.Length];
        _segmentCounts = new int[fields.Length][];
    }

    /// <summary>Starts counting in a new segment, folding the previous one into the totals.</summary>
    public void SetNextReader(AtomicReader reader)
    {
        FlushSegment();
        for (int i = 0; i < _fields.Length; i++)
        {
            var values = reader.GetSortedDocValues(_fields[i]);
            _current[i] = values;
            _segmentCounts[i] = values is null ? [] : new int[values.ValueCount];
        }
    }

    /// <summary>Counts one document of the current segment.</summary>
    public void Collect(int doc)
    {
        for (int i = 0; i < _fields.Length; i++)
        {
            var values = _current[i];
            if (values is null) continue;
            int ord = values.GetOrd(doc);
            if (ord >= 0) _segmentCounts[i][ord]++;
        }
    }

    /// <summary>The counts of field <paramref name="index"/> (in constructor order), most first, ties by value.</summary>
    public IReadOnlyList<FacetValue> Result(int index)
    {
        FlushSegment();
        return _totals[index].Select(kv => new FacetValue(kv.Key, kv.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>Source and category counts over every live article of <paramref name="reader"/>.</summary>
    public static (IReadOnlyList<FacetValue> Sources, IReadOnlyList<FacetValue> Categories) CountAll(IndexReader reader)
    {
        var counter = new FacetCounter(Schema.Source, Schema.Category);
        foreach (var leaf in reader.Leaves)
        {
            counter.SetNextReader(leaf.AtomicReader);
            IBits? live = leaf.AtomicReader.LiveDocs;
            for (int doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                if (live is null || live.Get(doc)) counter.Collect(doc);
        }
        return (counter.Result(0), counter.Result(1));
    }

    private void FlushSegment()
    {
        for (int i = 0; i < _fields.Length; i++)
        {
            var values = _current[i];
            var counts = _segmentCounts[i];
            if (values is null || counts is null) continue;
            var label = new BytesRef();
            for (int ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, label);
                string key = label.Utf8ToString();
                _totals[i][key] = _totals[i].GetValueOrDefault(key) + counts[ord];
            }
            _current[i] = null;
        }
    }
}
