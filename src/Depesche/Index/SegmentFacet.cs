namespace Depesche.Index;

/// <summary>One facet of one segment.</summary>
/// <param name="PerDoc">Per article, 1 + the index of its value in <paramref name="Labels"/>, or 0 without one.</param>
/// <param name="Labels">The values the segment holds.</param>
internal sealed record SegmentFacet(int[] PerDoc, string[] Labels);
