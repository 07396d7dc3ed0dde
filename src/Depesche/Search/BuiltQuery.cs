using System.Collections.Frozen;
using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>A Lucene query built from a user's query, with how many scoring groups it has and what was dropped.</summary>
internal sealed record BuiltQuery(Query Query, int ScoringGroups, IReadOnlyList<QueryNote> Notes)
{
    /// <summary>The phrases of the query's words that re-rank the best hits (body, sloppy; headline, in order).</summary>
    public IReadOnlyList<RerankPhrase> Phrases { get; init; } = [];

    /// <summary>The query's words as body terms, whose closeness re-ranks the best hits (<see cref="CloseWords"/>).</summary>
    public IReadOnlyList<Lucene.Net.Index.Term> CloseTerms { get; init; } = [];

    /// <summary>The family keys of a question's words, which re-rank the best hits (<see cref="WordFamilies"/>); none where all words must match.</summary>
    public IReadOnlyList<string> FamilyKeys { get; init; } = [];

    /// <summary>
    /// The other forms of the strong verbs among a question's words (gewann: gewinnen, gewonnen), each standing for
    /// its word's family key (an index into <see cref="FamilyKeys"/>).
    /// </summary>
    public FrozenDictionary<string, int> FamilyForms { get; init; } = FrozenDictionary<string, int>.Empty;
}
