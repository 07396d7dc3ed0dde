using Depesche.Articles;
using Depesche.Search;
using Depesche.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Depesche.Web.Pages;

/// <summary>The pages for people (<c>/</c>, <c>/suche</c>, <c>/artikel/{slug}</c>), the RSS feed and the static files.</summary>
internal static class PageEndpoints
{
    private const int RelatedCount = 5;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", Start).ExcludeFromDescription();
        app.MapGet("/suche", Search).ExcludeFromDescription();
        app.MapGet("/artikel/{slug}", Article).ExcludeFromDescription();
        app.MapGet("/static/{name}", (string name, HttpContext context) => EmbeddedAssets.Serve(name, context)).ExcludeFromDescription();
        app.MapGet("/feed", Feed).WithTags("feed").WithName("feed")
            .WithSummary("The newest matches of a search as RSS 2.0 (parameters as the search page: q, quelle, kategorie, monat, von, bis)")
            .Produces<string>(StatusCodes.Status200OK, "application/rss+xml");
    }

    private static IResult Start(ArchiveHost host)
    {
        if (host.CurrentOrNull is not { } open) return PageResult.From(StartPage.Unavailable(host.Problem ?? ""));
        var stats = open.Archive.Stats();
        var categories = stats.Categories.Count > 0 ? stats.Categories.Take(StartPage.Categories).Select(c => c.Value).ToList() : [""];
        var blocks = categories.Select(c => (c, Newest(open, c))).ToList();
        return PageResult.From(StartPage.Render(stats, blocks));
    }

    // One entry per story: other versions share the slug.
    private static IReadOnlyList<SearchHit> Newest(OpenArchive open, string category) => open.Answers.Search(new SearchRequest
    {
        Categories = category.Length > 0 ? [category] : [],
        Sort = SortOrder.Date,
        Limit = StartPage.PerCategory * 2,
        Snippets = false,
        Facets = false,
    }).Hits.DistinctBy(h => h.Slug).Take(StartPage.PerCategory).ToList();

    private static IResult Search(HttpRequest request, ArchiveHost host)
    {
        var query = SearchPageQuery.Parse(request.Query);
        if (host.CurrentOrNull is not { } open) return PageResult.From(SearchPage.Unavailable(query, host.Problem ?? ""));
        var response = open.Answers.Search(query.ToRequest());
        if (response.Hits.Count == 0 && response.Total > 0 && query.Page > 1)
        {
            int last = (response.Total + SearchPageQuery.PageSize - 1) / SearchPageQuery.PageSize;
            return Results.Redirect((query with { Page = Math.Min(last, SearchPageQuery.MaxPage) }).Url());
        }
        return PageResult.From(SearchPage.Render(query, response));
    }

    private static IResult Article(string slug, string? q, string? version, ArchiveHost host)
    {
        var open = host.Current;
        var found = Slug.IsWellFormed(slug) ? Find(open, slug, version) : null;
        if (found is null)
            throw new RequestProblem(StatusCodes.Status404NotFound, "not found", $"no article under the slug '{slug}'");
        var marked = string.IsNullOrWhiteSpace(q) ? null : open.Search.Highlight(found.Article, q);
        var related = open.Search.Related(found.Article, RelatedCount);
        return PageResult.From(ArticlePage.Render(found, marked, related, q));
    }

    // The version asked for when it belongs to this slug, else the newest version under the slug.
    private static ArticleVersions? Find(OpenArchive open, string slug, string? version)
    {
        if (version is not null && ArticleVersions.Find(open.Archive, version) is { } chosen && chosen.Article.Slug == slug) return chosen;
        var newest = ArticleVersions.Find(open.Archive, slug);
        return newest?.Article.Slug == slug ? newest : null;
    }

    // q is read with the other page parameters; naming it here puts it in the OpenAPI document.
    private static IResult Feed(HttpRequest request, ArchiveHost host, string? q)
    {
        var query = SearchPageQuery.Parse(request.Query) with { ByDate = true, Page = 1 };
        var response = host.Current.Answers.Search(query.ToRequest() with { Limit = RssFeed.Items, Facets = false });
        string origin = $"{request.Scheme}://{request.Host}";
        return Results.Text(RssFeed.Render(query, response, origin), "application/rss+xml; charset=utf-8");
    }
}
