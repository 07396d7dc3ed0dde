namespace Depesche.Analysis.German;

/// <summary>A token of <see cref="ChainTrace"/>: final term (empty when a step dropped it), place, and the steps that changed it.</summary>
public sealed record TracedToken(string Term, int Position, int Start, int End, IReadOnlyList<string> Steps);
