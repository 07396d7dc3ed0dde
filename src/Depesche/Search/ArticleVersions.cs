using Depesche.Articles;
using Depesche.Index;

namespace Depesche.Search;

/// <summary>One article found by id or slug, and the other versions of its story (same slug), newest first.</summary>
/// <param name="Article">The article: the one with the id, else the newest version under the slug.</param>
/// <param name="Others">The story's other versions.</param>
public sealed record ArticleVersions(Article Article, IReadOnlyList<Article> Others)
{
    /// <summary>The article with id <paramref name="idOrSlug"/>, else the newest under that slug; null when neither exists.</summary>
    public static ArticleVersions? Find(Archive archive, string idOrSlug)
    {
        var byId = archive.FindById(idOrSlug);
        var versions = byId is null && Slug.IsWellFormed(idOrSlug) ? archive.FindBySlug(idOrSlug) : [];
        var article = byId ?? versions.FirstOrDefault();
        if (article is null) return null;
        var others = byId is null ? versions.Skip(1) : archive.FindBySlug(article.Slug).Where(v => v.Id != article.Id);
        return new ArticleVersions(article, others.ToList());
    }
}
