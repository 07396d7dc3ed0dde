namespace Depesche.Articles;

/// <summary>
/// One stored news article: what every reader produces (through <see cref="ArticleDraft"/>) and what the
/// index stores and returns.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id: the record's own id, else a content hash (see <see cref="ArticleId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The headline as published.</summary>
    public required string Headline { get; init; }

    /// <summary>The headline spelled in ASCII, when the input carried one (the seed format's third line).</summary>
    public string? AsciiTitle { get; init; }

    /// <summary>Body paragraphs in order, never empty strings.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>Where the article comes from (<c>toi</c>), lower case; null when unlabeled.</summary>
    public string? Source { get; init; }

    /// <summary>Its category (<c>allgemeines</c>), lower case; null when unlabeled.</summary>
    public string? Category { get; init; }

    /// <summary>The publication time the input stated, if any.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The upper-case place name that opens the first paragraph (<c>TALLINN</c>), if any.</summary>
    public string? Dateline { get; init; }

    /// <summary>The article's web address, if known.</summary>
    public string? Url { get; init; }

    /// <summary>URL-safe transliterated headline; shared by versions of one story.</summary>
    public required string Slug { get; init; }

    /// <summary>When Depesche first stored this version.</summary>
    public required DateTimeOffset IngestedAt { get; init; }

    /// <summary>The article's date: its published date, else its ingest time.</summary>
    public DateTimeOffset Date => Published ?? IngestedAt;

    /// <summary>The body as one text, paragraphs separated by a newline.</summary>
    public string Body => string.Join('\n', Paragraphs);
}
