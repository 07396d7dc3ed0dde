namespace Depesche.Analysis.German;

/// <summary>One token as a chain produced it: for golden tests and <c>depesche analyze</c>.</summary>
public sealed record AnalyzedToken(string Term, int Position, int Start, int End);
