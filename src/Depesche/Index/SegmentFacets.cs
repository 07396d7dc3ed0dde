using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Depesche.Index;

/// <summary>
/// One segment's facet values held in arrays: for each article the number of its source, its category and its
/// month (0: none), and the labels those numbers stand for. Counting a hit is then three array reads; reading
/// the doc values for every hit (as a search that matches tens of thousands of articles did) cost about 90 ns a
/// hit, a quarter of such a search. Built once per segment on first use and kept as long as the segment is
/// (segments never change; a new commit keeps its old segments' arrays): 12 bytes an article.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> PerSegment = new();

    private SegmentFacets(int[] sources, string[] sourceLabels, int[] categories, string[] categoryLabels, int[] months, string[] monthLabels)
    {
        Sources = sources;
        SourceLabels = sourceLabels;
        Categories = categories;
        CategoryLabels = categoryLabels;
        Months = months;
        MonthLabels = monthLabels;
    }

    /// <summary>Per article, 1 + the index of its source in <see cref="SourceLabels"/>, or 0 without one.</summary>
    public int[] Sources { get; }

    /// <summary>The segment's sources.</summary>
    public string[] SourceLabels { get; }

    /// <summary>Per article, 1 + the index of its category in <see cref="CategoryLabels"/>, or 0 without one.</summary>
    public int[] Categories { get; }

    /// <summary>The segment's categories.</summary>
    public string[] CategoryLabels { get; }

    /// <summary>Per article, 1 + the index of its month in <see cref="MonthLabels"/>, or 0 without a date.</summary>
    public int[] Months { get; }

    /// <summary>The segment's months, as <c>2024-05</c>.</summary>
    public string[] MonthLabels { get; }

    /// <summary>The arrays of the segment <paramref name="reader"/> reads, built on first use.</summary>
    public static SegmentFacets For(AtomicReader reader) => PerSegment.GetValue(reader.CoreCacheKey, _ => Build(reader));

    private static SegmentFacets Build(AtomicReader reader)
    {
        var (sources, sourceLabels) = Ordinals(reader, Schema.Source);
        var (categories, categoryLabels) = Ordinals(reader, Schema.Category);
        var (months, monthLabels) = MonthsOf(reader);
        return new SegmentFacets(sources, sourceLabels, categories, categoryLabels, months, monthLabels);
    }

    private static (int[], string[]) Ordinals(AtomicReader reader, string field)
    {
        var perDoc = new int[reader.MaxDoc];
        var values = reader.GetSortedDocValues(field);
        if (values is null) return (perDoc, []);
        var labels = new string[values.ValueCount];
        var label = new BytesRef();
        for (int ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, label);
            labels[ord] = label.Utf8ToString();
        }
        for (int doc = 0; doc < perDoc.Length; doc++) perDoc[doc] = values.GetOrd(doc) + 1;
        return (perDoc, labels);
    }

    private static (int[], string[]) MonthsOf(AtomicReader reader)
    {
        var perDoc = new int[reader.MaxDoc];
        var dates = reader.GetNumericDocValues(Schema.Date);
        if (dates is null) return (perDoc, []);
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
        return (perDoc, labels.ToArray());
    }
}
