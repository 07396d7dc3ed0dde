using Depesche.Search;

namespace Depesche.Web.Pages;

/// <summary>The hits of one page: headline (linked to the article, carrying the query), source, category, date, dateline, snippet.</summary>
internal static class ResultList
{
    public static Html Render(IReadOnlyList<SearchHit> hits, int offset, string query) => Html.Of($"""
        <ol class="results" id="treffer" start="{offset + 1}">
        {hits.Select((h, i) => Hit(h, offset + i + 1, query))}
        </ol>
        """);

    /// <summary>The address of an article page, with the query that led there so its words are marked.</summary>
    public static string ArticleUrl(string slug, string? query, string? version = null)
    {
        var url = "/artikel/" + Uri.EscapeDataString(slug);
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(query)) parts.Add("q=" + Uri.EscapeDataString(query));
        if (version is not null) parts.Add("version=" + Uri.EscapeDataString(version));
        return parts.Count == 0 ? url : url + "?" + string.Join('&', parts);
    }

    /// <summary>Source, category, date and dateline of a hit, as one line.</summary>
    public static Html Meta(string? source, string? category, DateTimeOffset date, string? dateline)
    {
        var parts = new List<Html>();
        if (source is not null) parts.Add(Html.Of($"""<span class="source">{source}</span>"""));
        if (category is not null) parts.Add(Html.Of($"""<span class="category">{GermanFormat.Label(category)}</span>"""));
        parts.Add(Html.Of($"""<time datetime="{GermanFormat.IsoDate(date)}">{GermanFormat.Date(date)}</time>"""));
        if (dateline is not null) parts.Add(Html.Of($"""<span class="dateline">{dateline}</span>"""));
        return Html.Join(parts.SelectMany((p, i) => i == 0 ? [p] : new[] { Html.Of($"""<span class="sep" aria-hidden="true"> · </span>"""), p }));
    }

    private static Html Hit(SearchHit hit, int rank, string query)
    {
        var headline = hit.HeadlineHighlighted is null ? Html.Of($"{hit.Headline}") : Html.Marked(hit.HeadlineHighlighted);
        var snippet = hit.Snippet is null ? Html.Empty : Html.Of($"""<p class="snippet">{Html.Marked(hit.Snippet)}</p>""");
        return Html.Of($"""
            <li class="hit">
            <article aria-labelledby="treffer-{rank}">
            <h3 class="hit-title" id="treffer-{rank}"><a href="{ArticleUrl(hit.Slug, query)}">{headline}</a></h3>
            <p class="hit-meta">{Meta(hit.Source, hit.Category, hit.Date, hit.Dateline)}</p>
            {snippet}
            </article>
            </li>
            """);
    }
}
