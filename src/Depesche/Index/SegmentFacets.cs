using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Depesche.Index;

/// <summary>
/// One segment's facet values held in arrays: for each article the number of its source, its category and its
/// month, and the labels those numbers stand for. Counting a hit is then three array reads; reading the doc values
/// for every hit (as a search that matches tens of thousands of articles did) cost about 90 ns a hit, a quarter of
/// such a search. Built once per segment on first use and kept as long as the segment is (segments never change; a
/// new commit keeps its old segments' arrays): 12 bytes an article.
/// </summary>
/// <param name="Sources">The articles' sources.</param>
/// <param name="Categories">The articles' categories.</param>
/// <param name="Months">The articles' months, labelled <c>2024-05</c>.</param>
internal sealed record SegmentFacets(SegmentFacet Sources, SegmentFacet Categories, SegmentFacet Months)
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> PerSegment = new();

    /// <summary>The arrays of the segment <paramref name="reader"/> reads, built on first use.</summary>
    public static SegmentFacets For(AtomicReader reader) =>
        PerSegment.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(Ordinals(reader, Schema.Source), Ordinals(reader, Schema.Category), MonthsOf(reader)));

    private static SegmentFacet Ordinals(AtomicReader reader, string field)
    {
        var perDoc = new int[reader.MaxDoc];
        var values = reader.GetSortedDocValues(field);
        if (values is null) return new SegmentFacet(perDoc, []);
        var labels = new string[values.ValueCount];
        var label = new BytesRef();
        for (int ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, label);
            labels[ord] = label.Utf8ToString();
        }
        for (int doc = 0; doc < perDoc.Length; doc++) perDoc[doc] = values.GetOrd(doc) + 1;
        return new SegmentFacet(perDoc, labels);
    }

    private static SegmentFacet MonthsOf(AtomicReader reader)
    {
        var perDoc = new int[reader.MaxDoc];
        var dates = reader.GetNumericDocValues(Schema.Date);
        if (dates is null) return new SegmentFacet(perDoc, []);
        var present = reader.GetDocsWithField(Schema.Date);
        var numbers = new Dictionary<int, int>();
        var labels = new List<string>();
        for (int doc = 0; doc < perDoc.Length; doc++)
        {
            if (present is not null && !present.Get(doc)) continue;
            var day = DateTimeOffset.FromUnixTimeSeconds(dates.Get(doc));
            int month = day.Year * 100 + day.Month;
            if (!numbers.TryGetValue(month, out int number))
            {
                labels.Add($"{month / 100:0000}-{month % 100:00}");
                numbers[month] = number = labels.Count;
            }
            perDoc[doc] = number;
        }
        return new SegmentFacet(perDoc, labels.ToArray());
    }
}
