namespace Depesche.Search;

/// <summary>A user's query as <see cref="QuerySyntax"/> read it.</summary>
/// <param name="Clauses">The clauses in the order they were typed.</param>
/// <param name="Notes">What the parser had to forgive.</param>
public sealed record ParsedQuery(IReadOnlyList<QueryClause> Clauses, IReadOnlyList<QueryNote> Notes)
{
    /// <summary>True when the query asks for nothing (an empty box): every article matches.</summary>
    public bool IsEmpty => Clauses.Count == 0;
}
