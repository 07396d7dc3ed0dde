namespace Depesche.Evaluation;

/// <summary>
/// MRR@10, nDCG@10 and Recall@100, computed exactly as <c>../shared/peers/eval.py</c> does: run rows
/// ordered by score, ties by doc id (both descending), duplicates keep their first place, a query
/// missing from the run scores 0.
/// </summary>
public static class RetrievalMetrics
{
    /// <summary>Overall figures first, then one per query-id suffix in order of first appearance.</summary>
    public static IReadOnlyList<MetricValues> Evaluate(
        IReadOnlyDictionary<string, IReadOnlyList<(string Id, float Score)>> run,
        IReadOnlyDictionary<string, Dictionary<string, int>> qrels)
    {
        var perQuery = new List<(string Qid, double Mrr, double Ndcg, double Recall)>();
        foreach (string qid in qrels.Keys.OrderBy(q => q, StringComparer.Ordinal))
        {
            var rels = qrels[qid];
            if (!rels.Values.Any(r => r > 0)) continue;
            var docs = Ordered(run.TryGetValue(qid, out var rows) ? rows : []);
            perQuery.Add((qid, Mrr(docs, rels), Ndcg(docs, rels), Recall(docs, rels)));
        }
        var result = new List<MetricValues> { Mean("all", perQuery) };
        var suffixes = new List<string>();
        foreach (var q in perQuery) if (!suffixes.Contains(SuffixOf(q.Qid))) suffixes.Add(SuffixOf(q.Qid));
        if (suffixes.Count > 1)
            result.AddRange(suffixes.Select(s => Mean(s, perQuery.Where(q => SuffixOf(q.Qid) == s).ToList())));
        return result;
    }

    /// <summary>The text from the last '-' of a query id (<c>z0001-exact</c> → <c>-exact</c>), else "-".</summary>
    public static string SuffixOf(string qid) => qid.LastIndexOf('-') is int i and >= 0 ? qid[i..] : "-";

    private static List<string> Ordered(IReadOnlyList<(string Id, float Score)> rows)
    {
        // eval.py parses the printed score as a double; the run file prints floats exactly, so compare as double.
        var sorted = rows.OrderByDescending(r => (double)r.Score).ThenByDescending(r => r.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return sorted.Where(r => seen.Add(r.Id)).Select(r => r.Id).ToList();
    }

    private static double Mrr(List<string> docs, Dictionary<string, int> rels)
    {
        for (int i = 0; i < Math.Min(10, docs.Count); i++)
            if (rels.GetValueOrDefault(docs[i]) > 0) return 1.0 / (i + 1);
        return 0;
    }

    private static double Ndcg(List<string> docs, Dictionary<string, int> rels)
    {
        double dcg = 0;
        for (int i = 0; i < Math.Min(10, docs.Count); i++)
        {
            int rel = rels.GetValueOrDefault(docs[i]);
            if (rel > 0) dcg += rel / Math.Log2(i + 2);
        }
        var ideal = rels.Values.Where(r => r > 0).OrderDescending().Take(10).ToList();
        double idcg = ideal.Select((r, i) => r / Math.Log2(i + 2)).Sum();
        return idcg > 0 ? dcg / idcg : 0;
    }

    private static double Recall(List<string> docs, Dictionary<string, int> rels)
    {
        int relevant = rels.Values.Count(r => r > 0);
        return relevant == 0 ? 0 : (double)docs.Take(100).Count(d => rels.GetValueOrDefault(d) > 0) / relevant;
    }

    private static MetricValues Mean(string group, List<(string Qid, double Mrr, double Ndcg, double Recall)> values) =>
        values.Count == 0
            ? new MetricValues(group, 0, 0, 0, 0)
            : new MetricValues(group, values.Count, values.Average(v => v.Mrr), values.Average(v => v.Ndcg), values.Average(v => v.Recall));
}
