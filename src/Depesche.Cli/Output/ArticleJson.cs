using Depesche.Articles;

namespace Depesche.Cli.Output;

/// <summary>The JSON shape of an article in <c>show --json</c>.</summary>
internal static class ArticleJson
{
    public static object From(Article a) => new
    {
        a.Id, a.Slug, a.Headline, a.AsciiTitle, a.Source, a.Category, a.Date, a.Published, a.IngestedAt, a.Dateline, a.Url,
        a.Paragraphs,
    };

    public static object Summary(Article a) => new { a.Id, a.Slug, a.Headline, a.Date, a.IngestedAt };
}
