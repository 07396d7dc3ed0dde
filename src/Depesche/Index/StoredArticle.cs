using System.Globalization;
using Depesche.Articles;
using Lucene.Net.Documents;

namespace Depesche.Index;

/// <summary>Reads an <see cref="Article"/> back from its stored Lucene fields.</summary>
internal static class StoredArticle
{
    /// <summary>The article stored in <paramref name="doc"/>.</summary>
    public static Article Read(Document doc)
    {
        // Stored as UTF-8 bytes (DocumentBuilder).
        string body = doc.GetBinaryValue(Schema.Body) is { } bytes ? bytes.Utf8ToString() : "";
        return new Article
        {
            Id = doc.Get(Schema.Id),
            Headline = doc.Get(Schema.Title) ?? "",
            AsciiTitle = doc.Get(Schema.AsciiTitle),
            Paragraphs = body.Length == 0 ? [] : body.Split('\n'),
            Source = doc.Get(Schema.Source),
            Category = doc.Get(Schema.Category),
            Published = ParseTime(doc.Get(Schema.Published)),
            Dateline = doc.Get(Schema.Dateline),
            Url = doc.Get(Schema.Url),
            Slug = doc.Get(Schema.Slug),
            IngestedAt = ParseTime(doc.Get(Schema.Ingested)) ?? DateTimeOffset.UnixEpoch,
        };
    }

    private static DateTimeOffset? ParseTime(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
