namespace Depesche.Ingest;

/// <summary>
/// A reader for one input format. Readers stream: they yield records as they read them and never hold a
/// whole large input in memory. They never throw for bad input; they yield a rejection with its place.
/// </summary>
public interface IArticleReader
{
    /// <summary>The format's name as the <c>--format</c> flag spells it (<c>seed</c>, <c>jsonl</c>, ...).</summary>
    string Format { get; }

    /// <summary>Reads every record of <paramref name="input"/>.</summary>
    IEnumerable<ReadItem> Read(InputFile input, ReaderOptions options);
}
