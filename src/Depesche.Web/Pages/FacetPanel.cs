using Depesche.Index;
using Depesche.Search;

namespace Depesche.Web.Pages;

/// <summary>
/// Facets beside the results: source, category and month with their counts. A value's link adds it as a
/// filter; an active value's link removes it again.
/// </summary>
internal static class FacetPanel
{
    private const int MaxValues = 12;
    private const int MaxMonths = 24;

    public static Html Render(SearchFacets? facets, SearchPageQuery query)
    {
        if (facets is null || (facets.Source.Count == 0 && facets.Category.Count == 0 && facets.Month.Count == 0)) return Html.Empty;
        var sources = Group("quelle", "Quelle", facets.Source.Take(MaxValues),
            v => v, v => query.Sources.Contains(v), query.ToggleSource);
        var categories = Group("kategorie", "Kategorie", facets.Category.Take(MaxValues),
            GermanFormat.Label, v => query.Categories.Contains(v), query.ToggleCategory);
        var months = Group("monat", "Monat", facets.Month.Reverse().Take(MaxMonths),
            GermanFormat.Month, v => query.Month == v, query.ToggleMonth);
        return Html.Of($"""
            <aside class="facets" id="filter" aria-labelledby="filter-titel">
            <h2 id="filter-titel">Filter</h2>
            {sources}
            {categories}
            {months}
            </aside>
            """);
    }

    private static Html Group(string id, string title, IEnumerable<FacetValue> values, Func<string, string> label,
        Func<string, bool> active, Func<string, SearchPageQuery> toggle)
    {
        var items = values.Select(v =>
        {
            string name = label(v.Value);
            string count = GermanFormat.Number(v.Count);
            // The visible text starts the link's name (axe: label-content-name-mismatch); the rest is for screen readers.
            return active(v.Value)
                ? Html.Of($"""<li><a class="facet-link active" href="{toggle(v.Value).Url()}" aria-current="true" data-value="{v.Value}"><span class="facet-value">{name}</span> <span class="facet-count">{count}<span class="visually-hidden"> Treffer, {title}-Filter entfernen</span></span></a></li>""")
                : Html.Of($"""<li><a class="facet-link" href="{toggle(v.Value).Url()}" data-value="{v.Value}"><span class="facet-value">{name}</span> <span class="facet-count">{count}<span class="visually-hidden"> Treffer</span></span></a></li>""");
        }).ToList();
        if (items.Count == 0) return Html.Empty;
        return Html.Of($"""
            <section class="facet" id="facette-{id}" aria-labelledby="facette-{id}-titel">
            <h3 id="facette-{id}-titel">{title}</h3>
            <ul>
            {items}
            </ul>
            </section>
            """);
    }
}
