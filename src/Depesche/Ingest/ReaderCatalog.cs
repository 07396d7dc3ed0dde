namespace Depesche.Ingest;

/// <summary>The readers by format name, in the order the CLI lists them.</summary>
internal static class ReaderCatalog
{
    private static readonly IArticleReader[] Readers =
        [new SeedTextReader(), new JsonLinesReader(), new CsvReader(), new FeedReader(), new HtmlReader()];

    /// <summary>Every format name: <c>seed, jsonl, csv, feed, html</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = Readers.Select(r => r.Format).ToArray();

    /// <summary>The reader for <paramref name="format"/> (any case).</summary>
    /// <exception cref="ArgumentException">When no reader has that name.</exception>
    public static IArticleReader Get(string format) =>
        Readers.FirstOrDefault(r => string.Equals(r.Format, format.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"Unknown input format \"{format}\"; known formats are {string.Join(", ", Names)}.", nameof(format));
}
