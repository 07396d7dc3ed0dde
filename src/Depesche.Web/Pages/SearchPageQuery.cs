using System.Globalization;
using System.Text;
using Depesche.Search;
using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Pages;

/// <summary>
/// A search as the pages spell it in their addresses: <c>q</c>, <c>quelle</c> and <c>kategorie</c> (repeatable),
/// <c>monat</c> (2024-05), <c>von</c>/<c>bis</c> (2024-05-31), <c>sortierung=datum</c>, <c>seite</c>. Pages forgive:
/// a value they cannot read is left out, with a German note saying so. Every link a page offers (facets,
/// chips, chart bars, pages, sort) is this query with one thing changed.
/// </summary>
internal sealed record SearchPageQuery
{
    /// <summary>Hits per page.</summary>
    public const int PageSize = 10;

    private const int MaxValues = 20;

    /// <summary>The query without anything: all articles, newest first.</summary>
    public static SearchPageQuery Empty { get; } = new();

    /// <summary>What the user typed.</summary>
    public string Text { get; init; } = "";

    /// <summary>Only these sources.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Only these categories.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Only this month (<c>2024-05</c>).</summary>
    public string? Month { get; init; }

    /// <summary>Only from this day on.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only up to this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Newest first instead of best first.</summary>
    public bool ByDate { get; init; }

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>German notes about parameters that were left out.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Whether any filter (source, category, month, days) is set.</summary>
    public bool HasFilters => Sources.Count > 0 || Categories.Count > 0 || Month is not null || From is not null || To is not null;

    /// <summary>The page query in <paramref name="query"/>.</summary>
    public static SearchPageQuery Parse(IQueryCollection query)
    {
        var problems = new List<string>();
        string? month = Single(query, "monat");
        if (month is not null && !GermanFormat.TryMonth(month, out _, out _))
        {
            problems.Add($"Der Monat „{month}“ wurde nicht verstanden (erwartet z. B. 2024-05) und nicht berücksichtigt.");
            month = null;
        }
        var from = Day(query, "von", problems);
        var to = Day(query, "bis", problems);
        if (from is { } f && to is { } t && f > t)
        {
            problems.Add("Das Datum „von“ liegt nach „bis“; beide wurden nicht berücksichtigt.");
            (from, to) = (null, null);
        }
        int page = 1;
        if (Single(query, "seite") is { } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            problems.Add($"Die Seite „{p}“ gibt es nicht; gezeigt wird die erste.");
            page = 1;
        }
        return new SearchPageQuery
        {
            Text = (Single(query, "q") ?? "").Trim(),
            Sources = Values(query, "quelle"),
            Categories = Values(query, "kategorie"),
            Month = month,
            From = from,
            To = to,
            ByDate = string.Equals(Single(query, "sortierung"), "datum", StringComparison.OrdinalIgnoreCase),
            Page = Math.Min(page, MaxPage),
            Problems = problems,
        };
    }

    /// <summary>The last page the engine can serve (offsets up to 100,000).</summary>
    public static int MaxPage => 100_000 / PageSize + 1;

    /// <summary>The engine request for this page. A month, when set, stands in for <c>von</c> and <c>bis</c>.</summary>
    public SearchRequest ToRequest()
    {
        DateOnly? from = From, to = To;
        if (Month is not null && GermanFormat.TryMonth(Month, out int year, out int month))
        {
            from = new DateOnly(year, month, 1);
            to = from.Value.AddMonths(1).AddDays(-1);
        }
        return new SearchRequest
        {
            Query = Text,
            Limit = PageSize,
            Offset = (Page - 1) * PageSize,
            Sources = Sources,
            Categories = Categories,
            From = from,
            To = to,
            Sort = ByDate ? SortOrder.Date : SortOrder.Relevance,
        };
    }

    /// <summary>The address of this query on <paramref name="path"/> (the search page unless told otherwise).</summary>
    public string Url(string path = "/suche")
    {
        var parts = new List<(string, string)>();
        if (Text.Length > 0) parts.Add(("q", Text));
        parts.AddRange(Sources.Select(s => ("quelle", s)));
        parts.AddRange(Categories.Select(c => ("kategorie", c)));
        if (Month is not null) parts.Add(("monat", Month));
        if (From is { } f) parts.Add(("von", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (To is { } t) parts.Add(("bis", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (ByDate) parts.Add(("sortierung", "datum"));
        if (Page > 1) parts.Add(("seite", Page.ToString(CultureInfo.InvariantCulture)));
        if (parts.Count == 0) return path;
        var sb = new StringBuilder(path).Append('?');
        for (int i = 0; i < parts.Count; i++)
        {
            if (i > 0) sb.Append('&');
            sb.Append(parts[i].Item1).Append('=').Append(Uri.EscapeDataString(parts[i].Item2));
        }
        return sb.ToString();
    }

    /// <summary>This query with a source filter added or, when it is set, removed; back to page 1.</summary>
    public SearchPageQuery ToggleSource(string source) => this with { Sources = Toggle(Sources, source), Page = 1 };

    /// <summary>This query with a category filter added or removed; back to page 1.</summary>
    public SearchPageQuery ToggleCategory(string category) => this with { Categories = Toggle(Categories, category), Page = 1 };

    /// <summary>This query narrowed to <paramref name="month"/>, or widened again when it is the month set; back to page 1.</summary>
    public SearchPageQuery ToggleMonth(string month) => this with { Month = Month == month ? null : month, Page = 1 };

    private static IReadOnlyList<string> Toggle(IReadOnlyList<string> values, string value) =>
        values.Contains(value) ? values.Where(v => v != value).ToList() : [.. values, value];

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[^1]) ? values[^1]!.Trim() : null;

    private static List<string> Values(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values)
            ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim().ToLowerInvariant()).Distinct().Take(MaxValues).ToList()
            : [];

    private static DateOnly? Day(IQueryCollection query, string name, List<string> problems)
    {
        if (Single(query, name) is not { } value) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        problems.Add($"Das Datum „{value}“ bei „{name}“ wurde nicht verstanden (erwartet z. B. 2024-05-31) und nicht berücksichtigt.");
        return null;
    }
}
