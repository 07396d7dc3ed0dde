namespace Depesche.Web.Api;

/// <summary>
/// The fields of one article in a JSON upload, as the OpenAPI document shows them. The body is read by
/// the engine's JSON Lines reader, which also takes the aliases <c>headline</c>, <c>text</c>, <c>content</c>,
/// <c>date</c> and <c>link</c>, and a body given as an array of paragraphs.
/// </summary>
internal sealed record ArticleUpload
{
    /// <summary>Your id; when absent the id is a hash of source, headline and body.</summary>
    public string? Id { get; init; }

    /// <summary>The headline (or <c>headline</c>); a text without one is headed by its first sentence.</summary>
    public string? Title { get; init; }

    /// <summary>The text (or <c>text</c>, <c>content</c>); paragraphs separated by blank lines.</summary>
    public string? Body { get; init; }

    /// <summary>Source label (<c>dpa</c>).</summary>
    public string? Source { get; init; }

    /// <summary>Category label (<c>politik</c>).</summary>
    public string? Category { get; init; }

    /// <summary>ISO 8601 publication time (or <c>date</c>), e.g. <c>2024-05-17T08:30:00+02:00</c>.</summary>
    public string? Published { get; init; }

    /// <summary>Web address (or <c>link</c>).</summary>
    public string? Url { get; init; }
}
