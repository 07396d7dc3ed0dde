using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Depesche.Articles;

namespace Depesche.Ingest;

/// <summary>
/// One article web page (a saved <c>.html</c> file): SmartReader finds the article in the page; the
/// headline is its title (else the page's <c>&lt;title&gt;</c>), the URL the page's canonical link, the
/// source the canonical link's host (else the site name) unless the user gave one.
/// </summary>
internal sealed class HtmlReader : IArticleReader
{
    /// <summary>
    /// The most start tags a page may have. SmartReader's time grows with the square of a page's size (measured:
    /// 20,000 elements 3 s, 50,000 14 s, 100,000 53 s, 1,000,000 beyond ten minutes); article pages have a few thousand.
    /// </summary>
    public const int MaxElements = 25_000;

    /// <inheritdoc/>
    public string Format => "html";

    /// <inheritdoc/>
    public IEnumerable<ReadItem> Read(InputFile input, ReaderOptions options) =>
        BoundedRead.WholeInput(input, options, "page", bytes => Extract(input.Path, bytes, options));

    private static ReadItem Extract(string path, byte[] bytes, ReaderOptions options)
    {
        // AngleSharp detects the page's encoding (BOM, <meta charset>) from the bytes.
        // Markup is ASCII in every encoding a page may declare except UTF-16, so Latin-1 is enough to count tags.
        var sniffEncoding = Utf8Text.HasUtf16Bom(bytes) ? Encoding.Unicode : Encoding.Latin1;
        string markup = sniffEncoding.GetString(bytes);
        if (HtmlNesting.ProbablyTooDeep(markup))
            return ReadItem.Rejected(path, 0, $"page nested deeper than {HtmlNesting.MaxEstimatedDepth} elements");
        if (StartTags(markup) > MaxElements)
            return ReadItem.Rejected(path, 0, $"page has more than {MaxElements} elements; save the article alone");
        IHtmlDocument document = new HtmlParser().ParseDocument(new MemoryStream(bytes, writable: false));
        if (HtmlNesting.TreeTooDeep(document))
            return ReadItem.Rejected(path, 0, $"page nested deeper than {HtmlNesting.MaxTreeDepth} elements");
        string? canonical = AbsoluteHttpUrl(document, "link[rel~=canonical]", "href")
            ?? AbsoluteHttpUrl(document, "meta[property='og:url']", "content");
        string pageTitle = Whitespace.Collapse(document.Title ?? "");
        string address = canonical ?? PageAddress(path);

        SmartReader.Article article;
        try
        {
            // SmartReader rewrites the document it is given, so everything else is read from it first.
            article = new SmartReader.Reader(address, document).GetArticle();
        }
        // SmartReader is a heuristic port of Readability and can fail on odd pages with any exception; one
        // odd page must not end an ingest run.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadItem.Rejected(path, 0, $"no readable article: {e.Message}");
        }
        var paragraphs = BodyText.Paragraphs(article.TextContent ?? "");
        if (!article.IsReadable || paragraphs.Count == 0)
            return ReadItem.Rejected(path, 0, "no readable article in the page");
        string headline = Whitespace.Collapse(article.Title ?? "") is { Length: > 0 } t ? t : pageTitle;
        if (headline.Length == 0) return ReadItem.Rejected(path, 0, "the page has no title");

        return ReadItem.Good(path, 1, new ArticleDraft
        {
            Headline = headline,
            Paragraphs = paragraphs,
            Source = options.DefaultSource ?? InferredSource.FromUrl(canonical) ?? InferredSource.FromName(article.SiteName),
            Published = article.PublicationDate is { } date
                ? new DateTimeOffset(DateTime.SpecifyKind(date, date.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : date.Kind))
                : null,
            Url = canonical,
        });
    }

    // '<' and a letter: a start tag (or a stray one in text or script, which only makes the count safer).
    private static int StartTags(string markup)
    {
        int count = 0;
        for (int i = markup.IndexOf('<'); i >= 0 && i + 1 < markup.Length; i = markup.IndexOf('<', i + 1))
            if (char.IsAsciiLetter(markup[i + 1])) count++;
        return count;
    }

    private static string? AbsoluteHttpUrl(IHtmlDocument document, string selector, string attribute)
    {
        string? value = document.QuerySelector(selector)?.GetAttribute(attribute)?.Trim();
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
    }

    private static string PageAddress(string path) =>
        Uri.TryCreate(path, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
