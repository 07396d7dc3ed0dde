namespace Depesche.Articles;

/// <summary>
/// What a reader extracted from its input, before Depesche gives it an id, a slug and an ingest time.
/// </summary>
public sealed record ArticleDraft
{
    /// <summary>The record's own id, when the input format carries one.</summary>
    public string? Id { get; init; }

    /// <summary>The headline; never empty.</summary>
    public required string Headline { get; init; }

    /// <summary>The ASCII spelling of the headline, when the input has one.</summary>
    public string? AsciiTitle { get; init; }

    /// <summary>Body paragraphs; at least one for a valid article.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>Source label, any case; normalised when the article is built.</summary>
    public string? Source { get; init; }

    /// <summary>Category label, any case; normalised when the article is built.</summary>
    public string? Category { get; init; }

    /// <summary>Publication time, if the input states one.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The article's address, if known.</summary>
    public string? Url { get; init; }
}
