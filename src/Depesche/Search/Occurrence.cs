namespace Depesche.Search;

/// <summary>Whether a clause must, may or must not match.</summary>
public enum Occurrence
{
    /// <summary>Decided by the query's length: required in short queries, optional in long ones.</summary>
    Default,

    /// <summary><c>+word</c>: always required.</summary>
    Required,

    /// <summary><c>-word</c> or <c>NOT word</c>: excluded.</summary>
    Prohibited,
}
