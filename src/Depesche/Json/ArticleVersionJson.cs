using Depesche.Articles;

namespace Depesche.Json;

/// <summary>Another version of a story, as <c>other_versions</c> lists it.</summary>
public sealed record ArticleVersionJson
{
    /// <summary>Article id of this version.</summary>
    public required string Id { get; init; }

    /// <summary>Slug it shares with the story.</summary>
    public required string Slug { get; init; }

    /// <summary>Its headline.</summary>
    public required string Headline { get; init; }

    /// <summary>Published, else ingested.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>When it was stored.</summary>
    public required DateTimeOffset IngestedAt { get; init; }

    /// <summary>The summary of <paramref name="a"/>.</summary>
    public static ArticleVersionJson From(Article a) => new() { Id = a.Id, Slug = a.Slug, Headline = a.Headline, Date = a.Date, IngestedAt = a.IngestedAt };
}
