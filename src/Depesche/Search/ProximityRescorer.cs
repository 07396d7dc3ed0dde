using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>
/// Re-ranks the best hits by a second query (the query's words standing close together): its score is added
/// to theirs. Only the top <see cref="Depth"/> hits are scored, since reading positions for every match
/// measured as the largest latency cost (Lucene 4.8 has no QueryRescorer yet).
/// </summary>
internal static class ProximityRescorer
{
    /// <summary>How many of the best hits are re-ranked.</summary>
    public const int Depth = 30;

    /// <summary>The hits with <paramref name="second"/>'s scores added, best first; unchanged without one.</summary>
    public static IReadOnlyList<ScoreDoc> Rescore(IndexSearcher searcher, ScoreDoc[] hits, Query? second)
    {
        if (second is null || hits.Length < 2) return hits;
        var head = hits.Take(Depth).Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToList();
        var weight = searcher.CreateNormalizedWeight(second);
        var leaves = searcher.IndexReader.Leaves;
        int next = 0;
        foreach (var leaf in leaves)
        {
            int end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            if (next >= head.Count || head[next].Doc >= end) continue;
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            for (; next < head.Count && head[next].Doc < end; next++)
            {
                if (scorer is null) continue;
                int target = head[next].Doc - leaf.DocBase;
                int at = scorer.DocID >= target ? scorer.DocID : scorer.Advance(target);
                if (at == target) head[next].Score += scorer.GetScore();
            }
        }
        return head.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Concat(hits.Skip(Depth)).ToList();
    }
}
