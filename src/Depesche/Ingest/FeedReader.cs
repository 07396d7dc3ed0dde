using System.Xml;

namespace Depesche.Ingest;

/// <summary>
/// RSS 2.0 and Atom feeds, read item by item (the feed is never loaded whole). Document type declarations
/// are skipped and no external entity is ever resolved. Input that is not XML, or XML that is not a feed,
/// gives one rejection for the file; an item without title or text gives one rejection for the item.
/// </summary>
internal sealed class FeedReader : IArticleReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // Ignore, not Prohibit: old RSS 0.91 feeds carry a harmless DOCTYPE. With no resolver nothing outside
        // the file is fetched, and an entity the skipped DTD would have declared is an undeclared-entity error.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <inheritdoc/>
    public string Format => "feed";

    /// <inheritdoc/>
    public IEnumerable<ReadItem> Read(InputFile input, ReaderOptions options)
    {
        using var stream = input.Open();
        using var xml = XmlReader.Create(stream, Settings);
        var cursor = new FeedCursor(xml, input.Path, options);
        while (cursor.Next() is { } item) yield return item;
    }
}
