namespace Depesche.Web.Api;

/// <summary>The answer to <c>POST /api/articles</c>: counts, and every article with its outcome, in the order sent.</summary>
internal sealed record IngestResponse
{
    /// <summary>Articles in the body.</summary>
    public required int Received { get; init; }

    /// <summary>New articles stored.</summary>
    public required int Added { get; init; }

    /// <summary>Known ids whose content changed.</summary>
    public required int Replaced { get; init; }

    /// <summary>Known ids with the same content: nothing written.</summary>
    public required int Unchanged { get; init; }

    /// <summary>Every article sent, in order.</summary>
    public required IReadOnlyList<IngestedArticle> Articles { get; init; }
}
