using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Depesche.Articles;

namespace Depesche.Ingest;

/// <summary>
/// One RSS <c>item</c> or Atom <c>entry</c> element to a draft, through System.ServiceModel.Syndication:
/// HTML in titles and texts becomes plain paragraphs; the longest text the item offers
/// (<c>content:encoded</c>, then content, then summary) is taken.
/// </summary>
internal static class FeedItemConverter
{
    private static readonly XName ContentEncoded = XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/");
    private static readonly XName DublinCoreDate = XName.Get("date", "http://purl.org/dc/elements/1.1/");

    /// <summary>The draft of <paramref name="element"/>, found on <paramref name="line"/>, or its rejection.</summary>
    public static ReadItem Convert(XElement element, string path, int line, ReaderOptions options, string source)
    {
        SyndicationItem item;
        try
        {
            item = SyndicationItem.Load(element.CreateReader());
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException)
        {
            // The element is well-formed (the outer reader parsed it), so this is bad content, e.g. a date.
            return ReadItem.Rejected(path, line, $"unreadable feed item: {e.Message}");
        }
        string rawTitle = item.Title?.Text ?? "";
        string text = element.Element(ContentEncoded)?.Value is { Length: > 0 } encoded ? encoded
            : (item.Content as TextSyndicationContent)?.Text is { Length: > 0 } content ? content
            : item.Summary?.Text ?? "";
        if (rawTitle.Length + text.Length > options.MaxRecordBytes)
            return ReadItem.Rejected(path, line, $"feed item larger than {options.MaxRecordBytes} bytes");
        if (HtmlNesting.ProbablyTooDeep(rawTitle) || HtmlNesting.ProbablyTooDeep(text))
            return ReadItem.Rejected(path, line, $"feed item HTML nested deeper than {HtmlNesting.MaxEstimatedDepth} elements");
        string title = HtmlText.Line(rawTitle);
        var paragraphs = HtmlText.Paragraphs(text);
        if (title.Length == 0 && paragraphs.Count == 0) return ReadItem.Rejected(path, line, "feed item without title or text");
        if (title.Length == 0) return ReadItem.Rejected(path, line, "feed item without title");
        if (paragraphs.Count == 0) return ReadItem.Rejected(path, line, "feed item without text");

        if (!TryPublished(item, element, out var published, out string? badDate))
            return ReadItem.Rejected(path, line, $"unparseable date \"{badDate}\"");

        string? url = item.Links
            .Where(l => l.RelationshipType is null or "alternate" && l.Uri is not null)
            .Select(l => (l.GetAbsoluteUri() ?? l.Uri).ToString())
            .FirstOrDefault();
        string? id = string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim();
        url ??= id is not null && Uri.TryCreate(id, UriKind.Absolute, out var idUri) && idUri.Scheme is "http" or "https" ? id : null;
        return ReadItem.Good(path, line, new ArticleDraft
        {
            Id = id ?? url,
            Headline = title,
            Paragraphs = paragraphs,
            Source = source,
            Category = item.Categories.Select(c => c.Name?.Trim()).FirstOrDefault(n => !string.IsNullOrEmpty(n)),
            Published = published,
            Url = url,
        });
    }

    // The item's publication time, else its update time, else a Dublin Core date. Syndication parses dates
    // only when they are first read, so a bad one surfaces here rather than in Load.
    private static bool TryPublished(SyndicationItem item, XElement element, out DateTimeOffset? published, out string? badDate)
    {
        published = null;
        badDate = null;
        try
        {
            if (item.PublishDate != default) published = item.PublishDate;
            else if (item.LastUpdatedTime != default) published = item.LastUpdatedTime;
        }
        catch (Exception e) when (e is XmlException or FormatException)
        {
            badDate = element.Elements().FirstOrDefault(x => x.Name.LocalName is "pubDate" or "published" or "updated")?.Value.Trim() ?? "?";
            return false;
        }
        if (published is null && element.Element(DublinCoreDate)?.Value is { } dcDate)
        {
            if (!IsoDate.TryParse(dcDate, out var parsed))
            {
                badDate = dcDate.Trim();
                return false;
            }
            published = parsed;
        }
        return true;
    }
}
