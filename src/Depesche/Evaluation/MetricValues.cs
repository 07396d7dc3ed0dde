namespace Depesche.Evaluation;

/// <summary>Mean retrieval metrics over a group of queries.</summary>
/// <param name="Group">The query-id suffix (<c>-exact</c>), or <c>all</c>.</param>
/// <param name="Queries">Queries with at least one relevant document.</param>
public sealed record MetricValues(string Group, int Queries, double Mrr10, double Ndcg10, double Recall100);
