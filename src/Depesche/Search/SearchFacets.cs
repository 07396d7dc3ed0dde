using Depesche.Index;

namespace Depesche.Search;

/// <summary>Facet counts over all hits of a query.</summary>
public sealed record SearchFacets
{
    /// <summary>Hits per source, most first.</summary>
    public required IReadOnlyList<FacetValue> Source { get; init; }

    /// <summary>Hits per category, most first.</summary>
    public required IReadOnlyList<FacetValue> Category { get; init; }

    /// <summary>Hits per month (<c>2024-05</c>), oldest first.</summary>
    public required IReadOnlyList<FacetValue> Month { get; init; }
}
