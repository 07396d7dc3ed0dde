using Depesche.Index;
using Depesche.Search;

namespace Depesche.Web.Pages;

/// <summary><c>/</c>: the query box, the archive's size, and the newest articles of each category.</summary>
internal static class StartPage
{
    /// <summary>The categories shown, largest first.</summary>
    public const int Categories = 8;

    /// <summary>Articles shown per category.</summary>
    public const int PerCategory = 5;

    /// <summary>The start page; a block whose category is empty lists the newest articles of all (an archive without categories).</summary>
    public static Html Render(ArchiveStats stats, IReadOnlyList<(string Category, IReadOnlyList<SearchHit> Newest)> blocks)
    {
        string size = $"Das Archiv enthält {GermanFormat.Number(stats.Articles)} Artikel aus {GermanFormat.Number(stats.Sources.Count)} " +
            $"{(stats.Sources.Count == 1 ? "Quelle" : "Quellen")} in {GermanFormat.Number(stats.Categories.Count)} " +
            $"{(stats.Categories.Count == 1 ? "Kategorie" : "Kategorien")}.";
        string updated = stats.LastIngest is { } t ? $" Zuletzt ergänzt am {GermanFormat.Date(t)}." : "";
        var sections = blocks.Select((b, i) => Html.Of($"""
            <section class="category-block" id="kategorie-{i + 1}" aria-labelledby="kategorie-{i + 1}-titel" data-category="{b.Category}">
            <h3 id="kategorie-{i + 1}-titel"><a href="{(SearchPageQuery.Empty with { Categories = b.Category.Length > 0 ? [b.Category] : [], ByDate = true }).Url()}">{(b.Category.Length > 0 ? GermanFormat.Label(b.Category) : "Alle Artikel")}</a></h3>
            <ul>
            {b.Newest.Select(h => Html.Of($"""<li><a href="{ResultList.ArticleUrl(h.Slug, null)}">{h.Headline}</a> <time datetime="{GermanFormat.IsoDate(h.Date)}">{GermanFormat.Date(h.Date)}</time></li>"""))}
            </ul>
            </section>
            """));
        return Page(Html.Of($"""
            <p class="archive-size" id="archivgroesse">{size}{updated}</p>
            <section class="newest" id="neueste" aria-labelledby="neueste-titel">
            <h2 id="neueste-titel">Neueste Artikel nach Kategorie</h2>
            <div class="category-grid">
            {sections}
            </div>
            </section>
            """));
    }

    /// <summary>The start page of a data folder without an archive.</summary>
    public static Html Unavailable(string problem) => Page(EmptyArchive(problem));

    /// <summary>The notice that there is nothing to search yet, and why.</summary>
    public static Html EmptyArchive(string problem) => Html.Of($"""
        <section class="empty-archive" id="archiv-leer" aria-labelledby="archiv-leer-titel">
        <h2 id="archiv-leer-titel">Noch keine Artikel</h2>
        <p>Das Archiv ist noch leer. Sobald Artikel eingelesen sind (<code>depesche ingest</code> oder <code>POST /api/articles</code>), erscheinen sie hier ohne Neustart.</p>
        <p class="problem-detail" lang="en">{problem}</p>
        </section>
        """);

    private static Html Page(Html content) => Layout.Page("Deutsches Nachrichtenarchiv", Html.Of($"""
        <h1 id="start-titel">Depesche – das Nachrichtenarchiv</h1>
        {SearchForm.Render(SearchPageQuery.Empty)}
        {content}
        """));
}
