namespace Depesche.Web.Pages;

/// <summary>Links to the previous, next and nearby result pages.</summary>
internal static class Pagination
{
    private const int Around = 2;

    public static Html Render(SearchPageQuery query, int total)
    {
        int pages = Math.Min((total + SearchPageQuery.PageSize - 1) / SearchPageQuery.PageSize, SearchPageQuery.MaxPage);
        if (pages <= 1) return Html.Empty;
        int current = Math.Min(query.Page, pages);
        var items = new List<Html>();
        if (current > 1) items.Add(Html.Of($"""<li><a class="page-prev" rel="prev" href="{At(query, current - 1)}">« Zurück</a></li>"""));
        var numbers = new SortedSet<int> { 1, pages };
        for (int p = Math.Max(1, current - Around); p <= Math.Min(pages, current + Around); p++) numbers.Add(p);
        int previous = 0;
        foreach (int p in numbers)
        {
            if (p > previous + 1) items.Add(Html.Of($"""<li class="page-gap" aria-hidden="true">…</li>"""));
            items.Add(p == current
                ? Html.Of($"""<li><a class="page-number current" aria-current="page" href="{At(query, p)}">{p}</a></li>""")
                : Html.Of($"""<li><a class="page-number" href="{At(query, p)}" aria-label="Seite {p}">{p}</a></li>"""));
            previous = p;
        }
        if (current < pages) items.Add(Html.Of($"""<li><a class="page-next" rel="next" href="{At(query, current + 1)}">Weiter »</a></li>"""));
        return Html.Of($"""
            <nav class="pagination" id="seiten" aria-label="Seiten">
            <ul>
            {items}
            </ul>
            </nav>
            """);
    }

    private static string At(SearchPageQuery query, int page) => (query with { Page = page }).Url();
}
