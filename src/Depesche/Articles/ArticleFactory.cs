using System.Text.RegularExpressions;

namespace Depesche.Articles;

/// <summary>
/// Turns a reader's <see cref="ArticleDraft"/> into an <see cref="Article"/>: id, slug, dateline, labels.
/// </summary>
public static partial class ArticleFactory
{
    /// <summary>Builds the stored form of a draft, stamped with <paramref name="ingestedAt"/>.</summary>
    public static Article Create(ArticleDraft draft, DateTimeOffset ingestedAt)
    {
        string headline = Whitespace.Collapse(draft.Headline);
        var paragraphs = draft.Paragraphs.Select(Whitespace.Collapse).Where(p => p.Length > 0).ToArray();
        string? source = NormaliseLabel(draft.Source);
        string? category = NormaliseLabel(draft.Category);
        string id = string.IsNullOrWhiteSpace(draft.Id)
            ? ArticleId.FromContent(source, headline, paragraphs)
            : draft.Id.Trim();
        return new Article
        {
            Id = id,
            Headline = headline,
            AsciiTitle = string.IsNullOrWhiteSpace(draft.AsciiTitle) ? null : Whitespace.Collapse(draft.AsciiTitle),
            Paragraphs = paragraphs,
            Source = source,
            Category = category,
            Published = draft.Published,
            Dateline = paragraphs.Length > 0 ? FindDateline(paragraphs[0]) : null,
            Url = string.IsNullOrWhiteSpace(draft.Url) ? null : draft.Url.Trim(),
            Slug = Slug.FromHeadline(headline),
            IngestedAt = ingestedAt,
        };
    }

    /// <summary>The upper-case place name that opens a paragraph (<c>TALLINN: ...</c>), or null.</summary>
    public static string? FindDateline(string paragraph)
    {
        var m = DatelinePattern().Match(paragraph);
        return m.Success ? m.Groups[1].Value.Trim() : null;
    }

    private static string? NormaliseLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        return Whitespace.Collapse(label).ToLowerInvariant();
    }

    // Two or more upper-case letters (spaces, hyphens, slashes and dots allowed inside), then a colon.
    [GeneratedRegex(@"^(\p{Lu}[\p{Lu}\-/. ]*\p{Lu})\s*:\s", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();
}
