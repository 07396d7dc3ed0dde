using Depesche.Search;

namespace Depesche.Web.Api;

/// <summary>The answer to <c>GET /api/facets</c>.</summary>
/// <param name="Query">The query as given (empty: all articles).</param>
/// <param name="Total">Articles that match.</param>
/// <param name="Facets">Their counts per source, category and month.</param>
internal sealed record FacetsResponse(string Query, int Total, SearchFacets Facets);
