using Depesche.Search;

namespace Depesche.Web.Pages;

/// <summary>
/// <c>/suche</c>: the query box, active filters, notes and "Meinten Sie …?", the count and time, the sort
/// switch, the month chart, the hits, the pages, and the facets beside them.
/// </summary>
internal static class SearchPage
{
    public static Html Render(SearchPageQuery query, SearchResponse response)
    {
        string title = query.Text.Length > 0 ? $"„{query.Text}“" : "Alle Artikel";
        var didYouMean = response.DidYouMean is { } suggestion
            ? Html.Of($"""<p class="did-you-mean" id="meinten-sie">Meinten Sie <a href="{(query with { Text = suggestion, Page = 1 }).Url()}">{suggestion}</a>?</p>""")
            : Html.Empty;
        var results = response.Hits.Count > 0
            ? Html.Of($"""
                {MonthChart.Render(response.Facets?.Month ?? [], query)}
                {ResultList.Render(response.Hits, response.Offset, query.Text)}
                {Pagination.Render(query, response.Total)}
                """)
            : NoResults(query, response);
        var main = Html.Of($"""
            <h1 id="suche-titel">{(query.Text.Length > 0 ? $"Suchergebnisse für {title}" : "Alle Artikel")}</h1>
            {SearchForm.Render(query)}
            {FilterChips.Render(query)}
            {QueryNotes.Render(response.Notes, query.Problems)}
            {didYouMean}
            <div class="search-layout">
            <section class="results-column" id="ergebnisse" aria-labelledby="ergebnisse-titel">
            <h2 id="ergebnisse-titel" class="visually-hidden">Ergebnisse</h2>
            <div class="result-bar">
            <p class="result-summary" id="trefferzahl">{Summary(response)}</p>
            {SortSwitch(query)}
            </div>
            {results}
            <p class="feed-link"><a href="{query.Url("/feed")}">Diese Suche als RSS-Feed abonnieren</a></p>
            </section>
            {FacetPanel.Render(response.Facets, query)}
            </div>
            """);
        return Layout.Page($"{title} – Suche", main, query.Url("/feed"));
    }

    /// <summary>The search page when the data folder holds no archive yet.</summary>
    public static Html Unavailable(SearchPageQuery query, string problem) => Layout.Page("Suche", Html.Of($"""
        <h1 id="suche-titel">Suche</h1>
        {SearchForm.Render(query)}
        {StartPage.EmptyArchive(problem)}
        """));

    private static string Summary(SearchResponse r) =>
        $"{GermanFormat.Number(r.Total)} Treffer in {GermanFormat.Milliseconds(r.TookMs)} ms";

    private static Html SortSwitch(SearchPageQuery query)
    {
        var relevance = query with { ByDate = false, Page = 1 };
        var date = query with { ByDate = true, Page = 1 };
        return Html.Of($"""
            <nav class="sort-switch" id="sortierung" aria-label="Sortierung">
            <span>Sortiert nach:</span>
            {Option("Relevanz", relevance.Url(), !query.ByDate, "sortierung-relevanz")}
            {Option("Datum", date.Url(), query.ByDate, "sortierung-datum")}
            </nav>
            """);
    }

    private static Html Option(string label, string url, bool current, string id) => current
        ? Html.Of($"""<a class="sort-option current" id="{id}" href="{url}" aria-current="true">{label}</a>""")
        : Html.Of($"""<a class="sort-option" id="{id}" href="{url}">{label}</a>""");

    private static Html NoResults(SearchPageQuery query, SearchResponse response)
    {
        var removeFilters = query.HasFilters
            ? Html.Of($"""<li><a href="{(SearchPageQuery.Empty with { Text = query.Text }).Url()}">Ohne Filter suchen</a></li>""")
            : Html.Empty;
        return Html.Of($"""
            <section class="no-results" id="keine-treffer" aria-labelledby="keine-treffer-titel">
            <h2 id="keine-treffer-titel">Keine Treffer</h2>
            <p>Für {(query.Text.Length > 0 ? $"„{query.Text}“" : "diese Auswahl")} wurde kein Artikel gefunden.</p>
            <ul>
            <li>Prüfen Sie die Schreibweise{(response.DidYouMean is null ? "" : " oder folgen Sie dem Vorschlag oben")}.</li>
            <li>Versuchen Sie weniger oder allgemeinere Wörter.</li>
            {removeFilters}
            </ul>
            </section>
            """);
    }
}
