namespace Depesche.Index;

/// <summary>One facet entry: a value and how many articles have it.</summary>
public sealed record FacetValue(string Value, int Count);
