namespace Depesche.Search;

/// <summary>The answer to a <see cref="SearchRequest"/>: the stable shape of <c>search --json</c> and <c>/api/search</c>.</summary>
public sealed record SearchResponse
{
    /// <summary>The query as given.</summary>
    public required string Query { get; init; }

    /// <summary>All matching articles, not just this page.</summary>
    public required int Total { get; init; }

    /// <summary>Milliseconds the search took inside the engine.</summary>
    public required double TookMs { get; init; }

    /// <summary>Offset of the first hit.</summary>
    public required int Offset { get; init; }

    /// <summary>Page size asked for.</summary>
    public required int Limit { get; init; }

    /// <summary><c>relevance</c> or <c>date</c>.</summary>
    public required string Sort { get; init; }

    /// <summary><c>all</c> (every word required) or <c>any</c> (partial matches allowed).</summary>
    public required string Match { get; init; }

    /// <summary>What the parser forgave or how the search was relaxed.</summary>
    public required IReadOnlyList<QueryNote> Notes { get; init; }

    /// <summary>This page of hits.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>A respelled query when this one found fewer than 3 articles and the archive holds closer spellings.</summary>
    public string? DidYouMean { get; init; }

    /// <summary>Facet counts, when asked for.</summary>
    public SearchFacets? Facets { get; init; }
}
