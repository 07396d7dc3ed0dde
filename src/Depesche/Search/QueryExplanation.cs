using Depesche.Analysis.German;

namespace Depesche.Search;

/// <summary>How Depesche reads a query: its clauses, what it forgave, the match mode and the Lucene query it runs.</summary>
/// <param name="Clauses">The parsed clauses.</param>
/// <param name="Notes">What the parser forgave or dropped.</param>
/// <param name="Match"><c>all</c> or <c>any</c> (before any fallback).</param>
/// <param name="LuceneQuery">The query in Lucene's notation.</param>
public sealed record QueryExplanation(IReadOnlyList<QueryClause> Clauses, IReadOnlyList<QueryNote> Notes, string Match, string LuceneQuery)
{
    /// <summary>Explains <paramref name="query"/> as <see cref="ArchiveSearch"/> would run it.</summary>
    public static QueryExplanation Of(string query, Ranking? ranking = null, StemmerKind stemmer = Stemming.Default)
    {
        ranking ??= Ranking.Default;
        var parsed = QuerySyntax.Parse(query);
        var builder = new QueryBuilder(stemmer, ranking);
        var mode = builder.ModeFor(parsed);
        var built = builder.Build(parsed, mode, []);
        return new QueryExplanation(parsed.Clauses, [.. parsed.Notes, .. built.Notes], mode == MatchMode.All ? "all" : "any", built.Query.ToString());
    }
}
