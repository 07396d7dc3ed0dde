namespace Depesche.Search;

/// <summary>One result as lists show it.</summary>
public sealed record SearchHit
{
    /// <summary>Article id.</summary>
    public required string Id { get; init; }

    /// <summary>Slug, for <c>show</c> and <c>/artikel/{slug}</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>Headline as stored.</summary>
    public required string Headline { get; init; }

    /// <summary>Headline, HTML-escaped, with matched words in <c>&lt;mark&gt;</c>.</summary>
    public string? HeadlineHighlighted { get; init; }

    /// <summary>Source label.</summary>
    public string? Source { get; init; }

    /// <summary>Category label.</summary>
    public string? Category { get; init; }

    /// <summary>The article's date: published, else ingested.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Dateline place.</summary>
    public string? Dateline { get; init; }

    /// <summary>Web address.</summary>
    public string? Url { get; init; }

    /// <summary>BM25 score (0 when sorted by date without words).</summary>
    public required float Score { get; init; }

    /// <summary>Part of the body, HTML-escaped, with matched words in <c>&lt;mark&gt;</c>.</summary>
    public string? Snippet { get; init; }
}
