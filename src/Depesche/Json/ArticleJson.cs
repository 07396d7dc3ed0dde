using Depesche.Articles;

namespace Depesche.Json;

/// <summary>An article as <c>show --json</c> and <c>GET /api/articles/{id}</c> give it.</summary>
public sealed record ArticleJson
{
    /// <summary>Article id.</summary>
    public required string Id { get; init; }

    /// <summary>Slug of the story.</summary>
    public required string Slug { get; init; }

    /// <summary>Headline as stored.</summary>
    public required string Headline { get; init; }

    /// <summary>The headline in ASCII, when the input carried one.</summary>
    public string? AsciiTitle { get; init; }

    /// <summary>Source label.</summary>
    public string? Source { get; init; }

    /// <summary>Category label.</summary>
    public string? Category { get; init; }

    /// <summary>Published, else ingested.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Publication time, when known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When this version was stored.</summary>
    public required DateTimeOffset IngestedAt { get; init; }

    /// <summary>Dateline place.</summary>
    public string? Dateline { get; init; }

    /// <summary>Web address.</summary>
    public string? Url { get; init; }

    /// <summary>Body paragraphs in order.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>The JSON form of <paramref name="a"/>.</summary>
    public static ArticleJson From(Article a) => new()
    {
        Id = a.Id, Slug = a.Slug, Headline = a.Headline, AsciiTitle = a.AsciiTitle, Source = a.Source, Category = a.Category,
        Date = a.Date, Published = a.Published, IngestedAt = a.IngestedAt, Dateline = a.Dateline, Url = a.Url,
        Paragraphs = a.Paragraphs,
    };
}
