using Depesche.Search;

namespace Depesche.Web.Pages;

/// <summary>
/// <c>/artikel/{slug}</c>: headline, source, category, date, dateline, link to the original, the paragraphs
/// (with the query's words marked when the reader came from a search), the story's other versions and
/// "Ähnliche Artikel".
/// </summary>
internal static class ArticlePage
{
    public static Html Render(ArticleVersions versions, HighlightedArticle? marked, IReadOnlyList<SearchHit> related, string? query)
    {
        var article = versions.Article;
        var headline = marked is null ? Html.Of($"{article.Headline}") : Html.Marked(marked.Headline);
        var paragraphs = (marked?.Paragraphs.Select(Html.Marked) ?? article.Paragraphs.Select(p => Html.Of($"{p}")))
            .Select(p => Html.Of($"<p>{p}</p>"));
        var original = WebAddress.IsSafe(article.Url)
            ? Html.Of($"""<p class="original"><a href="{article.Url}" rel="noopener noreferrer nofollow" id="originalquelle">Zur Originalquelle</a></p>""")
            : Html.Empty;
        var back = string.IsNullOrWhiteSpace(query)
            ? Html.Empty
            : Html.Of($"""<p class="back-link"><a href="{(SearchPageQuery.Empty with { Text = query }).Url()}" id="zurueck-zur-suche">← Zurück zur Suche nach „{query}“</a></p>""");
        var main = Html.Of($"""
            {back}
            <article class="article" id="artikel" aria-labelledby="artikel-titel">
            <header class="article-header">
            <h1 id="artikel-titel">{headline}</h1>
            <p class="article-meta" id="artikel-angaben">{ResultList.Meta(article.Source, article.Category, article.Date, article.Dateline)}</p>
            {original}
            </header>
            <div class="article-body" id="artikeltext">
            {paragraphs}
            </div>
            </article>
            {OtherVersions(versions, query)}
            {Related(related, query)}
            """);
        return Layout.Page(article.Headline, main);
    }

    private static Html OtherVersions(ArticleVersions versions, string? query)
    {
        if (versions.Others.Count == 0) return Html.Empty;
        var items = versions.Others.Select(v => Html.Of($"""
            <li><a href="{ResultList.ArticleUrl(v.Slug, query, v.Id)}">{v.Headline}</a> <span class="version-meta">vom <time datetime="{GermanFormat.IsoDate(v.Date)}">{GermanFormat.Date(v.Date)}</time>, gespeichert am {GermanFormat.Date(v.IngestedAt)}</span></li>
            """));
        return Html.Of($"""
            <section class="other-versions" id="andere-versionen" aria-labelledby="andere-versionen-titel">
            <h2 id="andere-versionen-titel">Andere Versionen dieses Artikels</h2>
            <ul>
            {items}
            </ul>
            </section>
            """);
    }

    private static Html Related(IReadOnlyList<SearchHit> related, string? query)
    {
        var body = related.Count == 0
            ? Html.Of($"""<p>Keine ähnlichen Artikel im Archiv.</p>""")
            : Html.Of($"""
                <ul class="related-list">
                {related.Select(h => Html.Of($"""<li><a href="{ResultList.ArticleUrl(h.Slug, null)}">{h.Headline}</a> <span class="related-meta">{ResultList.Meta(h.Source, h.Category, h.Date, null)}</span></li>"""))}
                </ul>
                """);
        return Html.Of($"""
            <section class="related" id="aehnliche-artikel" aria-labelledby="aehnliche-artikel-titel">
            <h2 id="aehnliche-artikel-titel">Ähnliche Artikel</h2>
            {body}
            </section>
            """);
    }
}
