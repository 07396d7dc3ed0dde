namespace Depesche.Search;

/// <summary>One clause of a parsed query, with where it stood in the user's text.</summary>
public sealed record QueryClause
{
    /// <summary>What the clause asks for.</summary>
    public required ClauseKind Kind { get; init; }

    /// <summary>The clause's text without operators (<c>Weißrussland</c>, <c>Li Shangfu</c>, <c>Weißr</c>).</summary>
    public required string Text { get; init; }

    /// <summary>Must, may or must not match.</summary>
    public Occurrence Occurrence { get; init; }

    /// <summary>True when the clause searches the headline only (<c>title:</c>).</summary>
    public bool TitleOnly { get; init; }

    /// <summary>0-based character position in the query.</summary>
    public int Position { get; init; }

    /// <summary>Clauses joined by <c>OR</c> share a group number; a clause alone has its own.</summary>
    public int Group { get; init; }
}
