using Depesche.Search;

namespace Depesche.Json;

/// <summary>The whole answer of <c>show --json</c> and <c>GET /api/articles/{id}</c>: the article and the story's other versions.</summary>
/// <param name="Article">The article asked for.</param>
/// <param name="OtherVersions">The other versions stored under its slug, newest first.</param>
public sealed record ShownArticleJson(ArticleJson Article, IReadOnlyList<ArticleVersionJson> OtherVersions)
{
    /// <summary>The JSON form of <paramref name="versions"/>.</summary>
    public static ShownArticleJson From(ArticleVersions versions) =>
        new(ArticleJson.From(versions.Article), versions.Others.Select(ArticleVersionJson.From).ToList());
}
