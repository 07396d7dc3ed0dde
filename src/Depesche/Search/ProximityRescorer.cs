using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>
/// Re-ranks the best hits by how close together they hold the query's words (<see cref="CloseWords"/>), by which of a
/// question's words they hold in a form of the same family (<see cref="WordFamilies"/>), and by the query's phrases
/// (<see cref="PhraseMatches"/>: the words near each other in the body, all of them in order in the headline): each
/// adds to their scores. Only the top <see cref="Depth"/> hits are scored, since reading positions for every match
/// measured as the largest latency cost (Lucene 4.8 has no QueryRescorer yet).
/// </summary>
internal static class ProximityRescorer
{
    /// <summary>How many of the best hits are re-ranked.</summary>
    public const int Depth = 30;

    /// <summary>
    /// The hits with the re-ranking scores of <paramref name="built"/> added, best first; unchanged without them.
    /// The word families are left out when <paramref name="inTime"/> turns false while they read.
    /// </summary>
    public static IReadOnlyList<ScoreDoc> Rescore(IndexSearcher searcher, ScoreDoc[] hits, BuiltQuery built, Ranking ranking, Func<bool>? inTime = null)
    {
        if (hits.Length < 2) return hits;
        var close = CloseWords.For(searcher.IndexReader, built.CloseTerms, ranking);
        var phrases = built.Phrases.Select(p => PhraseMatches.For(searcher, p)).OfType<PhraseMatches>().ToArray();
        bool families = built.FamilyKeys.Count >= 2 && ranking.WordFamilyBoost > 0;
        if (close is null && phrases.Length == 0 && !families) return hits;
        float best = hits[0].Score;
        var head = hits.Take(Depth).Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToList();
        int next = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            int end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            if (next >= head.Count || head[next].Doc >= end) continue;
            var positions = close?.Open(leaf);
            var inPhrase = phrases.Select(p => p.Open(leaf)).OfType<PhraseMatches.Segment>().ToArray();
            for (; next < head.Count && head[next].Doc < end; next++)
            {
                int target = head[next].Doc - leaf.DocBase;
                if (positions is not null) head[next].Score += positions.Score(target);
                // Summed as Lucene sums the clauses of a query (in double, then to float).
                double phraseScore = 0;
                foreach (var phrase in inPhrase) phraseScore += phrase.Score(target);
                head[next].Score += (float)phraseScore;
            }
        }
        if (families) WordFamilies.Add(searcher, head, built.FamilyKeys, built.FamilyForms, best * ranking.WordFamilyBoost, inTime);
        return head.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Concat(hits.Skip(Depth)).ToList();
    }
}
