using System.Globalization;
using Depesche.Index;

namespace Depesche.Web.Pages;

/// <summary>
/// Matches per month as a small bar chart in server-rendered SVG: gaps filled with empty months, each bar
/// a link that narrows the search to its month, with its month and count as title and label, and the
/// axis labelled with the first and last month and the largest count. Horizontal positions are
/// percentages, so the chart fills any width without shrinking its text.
/// </summary>
internal static class MonthChart
{
    private const int Top = 16;
    private const int PlotHeight = 100;
    private const int Baseline = Top + PlotHeight;
    private const int SvgHeight = Baseline + 24;
    private const double Left = 9;
    private const double PlotWidth = 100 - Left;
    private const double MaxBarWidth = 6;

    public static Html Render(IReadOnlyList<FacetValue> months, SearchPageQuery query)
    {
        var series = Filled(months);
        if (series.Count == 0) return Html.Empty;
        int max = Math.Max(1, series.Max(m => m.Count));
        double slot = PlotWidth / series.Count;
        double width = Math.Min(slot * 0.8, MaxBarWidth);
        var bars = new List<Html>();
        for (int i = 0; i < series.Count; i++)
        {
            var (month, count) = series[i];
            if (count == 0) continue;
            double height = Math.Max(2, (double)count / max * PlotHeight);
            string label = $"{GermanFormat.Month(month)}: {GermanFormat.Number(count)} Treffer";
            string css = query.Month == month ? "bar-link active" : "bar-link";
            bars.Add(Html.Of($"""<a class="{css}" href="{query.ToggleMonth(month).Url()}" aria-label="{label}" data-month="{month}"><title>{label}</title><rect class="bar" x="{Left + i * slot + (slot - width) / 2:0.###}%" y="{Baseline - height:0.#}" width="{width:0.###}%" height="{height:0.#}"></rect></a>"""));
        }
        // One month is labelled under its bar; a range at its two ends.
        var labels = series.Count == 1
            ? Html.Of($"""<text class="axis-label" x="{Left + slot / 2:0.###}%" y="{SvgHeight - 6}" text-anchor="middle">{GermanFormat.Month(series[0].Month)}</text>""")
            : Html.Of($"""
                <text class="axis-label" x="{Left:0.###}%" y="{SvgHeight - 6}">{GermanFormat.Month(series[0].Month)}</text>
                <text class="axis-label" x="100%" y="{SvgHeight - 6}" text-anchor="end">{GermanFormat.Month(series[^1].Month)}</text>
                """);
        return Html.Of($"""
            <figure class="month-chart" id="monatsdiagramm">
            <figcaption id="monatsdiagramm-titel">Treffer pro Monat <span class="chart-hint">(ein Balken grenzt auf seinen Monat ein)</span></figcaption>
            <svg class="chart" width="100%" height="{SvgHeight}" role="group" aria-labelledby="monatsdiagramm-titel" xmlns="http://www.w3.org/2000/svg">
            <text class="axis-label" x="0" y="{Top + 4}">{GermanFormat.Number(max)}</text>
            <text class="axis-label" x="0" y="{Baseline}">0</text>
            <line class="axis" x1="{Left:0.###}%" x2="100%" y1="{Baseline}" y2="{Baseline}"></line>
            {bars}
            {labels}
            </svg>
            </figure>
            """);
    }

    // Every month from the first to the last, with 0 for months without matches, so the time axis is even.
    private static List<(string Month, int Count)> Filled(IReadOnlyList<FacetValue> months)
    {
        var counts = new Dictionary<DateOnly, int>();
        foreach (var m in months)
            if (GermanFormat.TryMonth(m.Value, out int y, out int mo)) counts[new DateOnly(y, mo, 1)] = m.Count;
        if (counts.Count == 0) return [];
        var series = new List<(string, int)>();
        for (var month = counts.Keys.Min(); month <= counts.Keys.Max(); month = month.AddMonths(1))
            series.Add((month.ToString("yyyy-MM", CultureInfo.InvariantCulture), counts.GetValueOrDefault(month)));
        return series;
    }
}
