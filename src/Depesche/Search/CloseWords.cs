using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>
/// How many of the query's words stand close together in an article: the largest sum of their weights (BM25's
/// idf) that one window of <see cref="Ranking.CloseWordsWindow"/> body positions holds, each word counted once.
/// A question's answer mostly stands in one sentence that holds most of its words, while a passage that merely
/// shares its topic spreads them out. Read from the body's positions, for the best hits only (<see cref="ProximityRescorer"/>).
/// </summary>
internal sealed class CloseWords
{
    private readonly Term[] _terms;
    private readonly TermContext[] _states;
    private readonly float[] _weights;
    private readonly int _window;
    private readonly float _boost;
    private readonly List<(int Position, int Word)> _seen = [];

    private CloseWords(Term[] terms, TermContext[] states, float[] weights, int window, float boost) =>
        (_terms, _states, _weights, _window, _boost) = (terms, states, weights, window, boost);

    /// <summary>The scorer for <paramref name="terms"/> (body terms), or null when fewer than two occur at all.</summary>
    public static CloseWords? For(IndexReader reader, IReadOnlyList<Term> terms, Ranking ranking)
    {
        if (ranking.CloseWordsBoost <= 0 || terms.Count < 2) return null;
        var lookups = TermLookups.For(reader);
        var states = terms.Select(lookups.Context).ToArray();
        var present = Enumerable.Range(0, terms.Count).Where(i => states[i].DocFreq > 0).ToArray();
        if (present.Length < 2) return null;
        int maxDoc = reader.MaxDoc;
        return new CloseWords(present.Select(i => terms[i]).ToArray(), present.Select(i => states[i]).ToArray(),
            present.Select(i => Idf(states[i].DocFreq, maxDoc)).ToArray(), ranking.CloseWordsWindow, ranking.CloseWordsBoost);
    }

    // BM25's idf, as Lucene's BM25Similarity weighs a term.
    private static float Idf(int docFreq, int maxDoc) => (float)Math.Log(1 + (maxDoc - docFreq + 0.5) / (docFreq + 0.5));

    /// <summary>The words' positions in one segment, for its documents in increasing order.</summary>
    public Segment Open(AtomicReaderContext leaf) => new(this, TermLookups.Positions(leaf, _terms, _states));

    /// <summary>One segment's positions; <see cref="Score"/> must be asked for documents in increasing order.</summary>
    public sealed class Segment(CloseWords owner, DocsAndPositionsEnum?[] postings)
    {
        /// <summary>The weight the document's closest words add to its score (0 when it holds none).</summary>
        public float Score(int doc)
        {
            var seen = owner._seen;
            seen.Clear();
            for (int i = 0; i < postings.Length; i++)
            {
                var p = postings[i];
                if (p is null) continue;
                int at = p.DocID >= doc ? p.DocID : p.Advance(doc);
                if (at != doc) continue;
                for (int k = p.Freq; k > 0; k--) seen.Add((p.NextPosition(), i));
            }
            return owner._boost * owner.BestWindow();
        }
    }

    // Slides a window of _window positions over the words' positions in order, keeping the weight of the distinct
    // words inside it.
    private float BestWindow()
    {
        if (_seen.Count == 0) return 0;
        _seen.Sort();
        Span<int> inside = stackalloc int[_terms.Length];
        float current = 0, best = 0;
        int first = 0;
        for (int last = 0; last < _seen.Count; last++)
        {
            if (inside[_seen[last].Word]++ == 0) current += _weights[_seen[last].Word];
            for (; _seen[last].Position - _seen[first].Position >= _window; first++)
                if (--inside[_seen[first].Word] == 0) current -= _weights[_seen[first].Word];
            best = Math.Max(best, current);
        }
        return best;
    }
}
