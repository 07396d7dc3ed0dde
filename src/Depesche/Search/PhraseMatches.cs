using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Depesche.Search;

/// <summary>
/// The score a <see cref="RerankPhrase"/> adds to a document: the same as Lucene's PhraseQuery gives it (BM25 of the
/// phrase frequency, where a sloppy match counts 1/(distance + 1), found the way Lucene's sloppy phrase scorer walks
/// the positions, repeated words included), but worked out for the asked documents only. A PhraseQuery looks its
/// terms up in every segment on each search and, asked for one document, reads on to the next one that matches:
/// at 200,000 articles that was a fifth of a short query's time, for 30 documents.
/// </summary>
internal sealed class PhraseMatches
{
    private readonly RerankPhrase _phrase;
    private readonly Term[] _terms;
    private readonly TermContext[] _states;
    private readonly int[] _termOf;
    private readonly Similarity _similarity;
    private readonly Similarity.SimWeight _weight;

    private PhraseMatches(RerankPhrase phrase, Term[] terms, TermContext[] states, int[] termOf, Similarity similarity, Similarity.SimWeight weight) =>
        (_phrase, _terms, _states, _termOf, _similarity, _weight) = (phrase, terms, states, termOf, similarity, weight);

    /// <summary>The phrase weighed against <paramref name="searcher"/>'s commit; null when one of its terms occurs nowhere.</summary>
    public static PhraseMatches? For(IndexSearcher searcher, RerankPhrase phrase)
    {
        var lookups = TermLookups.For(searcher.IndexReader);
        var terms = phrase.Terms.Select(t => t.Term).Distinct(StringComparer.Ordinal).Select(t => new Term(phrase.Field, t)).ToArray();
        var states = terms.Select(lookups.Context).ToArray();
        if (states.Any(s => s.DocFreq == 0)) return null;
        var termOf = phrase.Terms.Select(t => Array.FindIndex(terms, x => x.Text == t.Term)).ToArray();
        var statistics = termOf.Select(i => searcher.TermStatistics(terms[i], states[i])).ToArray();
        var weight = searcher.Similarity.ComputeWeight(phrase.Boost, searcher.CollectionStatistics(phrase.Field), statistics);
        // As IndexSearcher.CreateNormalizedWeight: BM25 takes no query norm, only the boosts.
        weight.Normalize(1f, 1f);
        return new PhraseMatches(phrase, terms, states, termOf, searcher.Similarity, weight);
    }

    /// <summary>The phrase's positions in one segment, or null when a term is missing there.</summary>
    public Segment? Open(AtomicReaderContext leaf)
    {
        var postings = TermLookups.Positions(leaf, _terms, _states);
        if (Array.IndexOf(postings, null) >= 0) return null;
        return new Segment(this, postings!, _similarity.GetSimScorer(_weight, leaf));
    }

    /// <summary>One segment's positions; <see cref="Score"/> must be asked for documents in increasing order.</summary>
    public sealed class Segment
    {
        private readonly PhraseMatches _owner;
        private readonly DocsAndPositionsEnum[] _postings;
        private readonly Similarity.SimScorer _scorer;
        private readonly int[][] _positions;
        private readonly int[] _counts;
        private readonly SloppyWalk? _walk;

        internal Segment(PhraseMatches owner, DocsAndPositionsEnum[] postings, Similarity.SimScorer scorer)
        {
            (_owner, _postings, _scorer) = (owner, postings, scorer);
            _positions = postings.Select(_ => new int[16]).ToArray();
            _counts = new int[postings.Length];
            if (owner._phrase.Slop > 0) _walk = new SloppyWalk(owner._phrase, owner._termOf);
        }

        /// <summary>The phrase's score for <paramref name="doc"/> (0 when it does not hold the phrase).</summary>
        public float Score(int doc)
        {
            // Every term must be there before any positions are worth reading.
            foreach (var p in _postings)
                if ((p.DocID >= doc ? p.DocID : p.Advance(doc)) != doc) return 0;
            for (int i = 0; i < _postings.Length; i++)
            {
                var p = _postings[i];
                int freq = p.Freq;
                if (_positions[i].Length < freq) _positions[i] = new int[Math.Max(freq, 2 * _positions[i].Length)];
                for (int k = 0; k < freq; k++) _positions[i][k] = p.NextPosition();
                _counts[i] = freq;
            }
            float frequency = _walk is null ? ExactMatches() : _walk.Frequency(_positions, _counts, _scorer);
            return frequency > 0 ? _scorer.Score(doc, frequency) : 0;
        }

        // How many places hold every term at its offset from the first (Lucene's exact phrase frequency).
        private int ExactMatches()
        {
            var terms = _owner._phrase.Terms;
            var termOf = _owner._termOf;
            int matches = 0;
            var first = _positions[termOf[0]].AsSpan(0, _counts[termOf[0]]);
            foreach (int position in first)
            {
                int start = position - terms[0].Position;
                bool all = true;
                for (int i = 1; i < terms.Count && all; i++)
                    all = _positions[termOf[i]].AsSpan(0, _counts[termOf[i]]).BinarySearch(start + terms[i].Position) >= 0;
                if (all) matches++;
            }
            return matches;
        }
    }
}
