using Lucene.Net.Search.Similarities;

namespace Depesche.Search;

/// <summary>
/// The sloppy frequency of a phrase in one document, found as Lucene 4.8's SloppyPhraseScorer finds it, so that
/// scores stay the same: one cursor per phrase word over its positions (less its offset in the phrase); the
/// cursor furthest behind moves on, and each time it passes the next one, the shortest span seen since the last
/// such step counts as a match when it is within the slop. A word repeated in the phrase has one cursor per
/// occurrence, and two cursors of a word never stand on the same position (the one behind moves on). Lucene keeps
/// the cursors in a priority queue; a phrase has a handful, so the smallest is found by looking at each.
/// </summary>
internal sealed class SloppyWalk
{
    private readonly int _slop;
    private readonly int[] _offset;
    private readonly int[] _termOf;
    private readonly int[] _group;
    private readonly int[][] _groups;
    private readonly int[] _position;
    private readonly int[] _read;
    private readonly bool[] _queued;
    private int[][] _positions = [];
    private int[] _counts = [];
    private int _end;

    /// <summary>A walk for <paramref name="phrase"/>, whose word i reads the positions of term <paramref name="termOf"/>[i].</summary>
    public SloppyWalk(RerankPhrase phrase, int[] termOf)
    {
        int n = phrase.Terms.Count;
        (_slop, _termOf) = (phrase.Slop, termOf);
        _offset = phrase.Terms.Select(t => t.Position).ToArray();
        (_position, _read, _queued) = (new int[n], new int[n], new bool[n]);
        // Cursors of a repeated word form a group, ordered by their offsets in the phrase.
        _groups = Enumerable.Range(0, n).GroupBy(i => termOf[i]).Where(g => g.Count() > 1)
            .Select(g => g.OrderBy(i => _offset[i]).ToArray()).ToArray();
        _group = Enumerable.Repeat(-1, n).ToArray();
        for (int g = 0; g < _groups.Length; g++)
            foreach (int i in _groups[g]) _group[i] = g;
    }

    /// <summary>
    /// The sum of <paramref name="scorer"/>'s slop factor over the matches, given each term's positions in the
    /// document (<paramref name="positions"/>[t], the first <paramref name="counts"/>[t] of them, in increasing order).
    /// </summary>
    public float Frequency(int[][] positions, int[] counts, Similarity.SimScorer scorer)
    {
        (_positions, _counts) = (positions, counts);
        if (!Start()) return 0;
        float frequency = 0;
        int cursor = Pop();
        int matchLength = _end - _position[cursor];
        int next = _position[Top()];
        while (Advance(cursor))
        {
            if (_group[cursor] >= 0 && !Separate(cursor)) break;
            if (_position[cursor] > next)
            {
                if (matchLength <= _slop) frequency += scorer.ComputeSlopFactor(matchLength);
                _queued[cursor] = true;
                cursor = Pop();
                next = _position[Top()];
                matchLength = _end - _position[cursor];
            }
            else
            {
                matchLength = Math.Min(matchLength, _end - _position[cursor]);
            }
        }
        if (matchLength <= _slop) frequency += scorer.ComputeSlopFactor(matchLength);
        return frequency;
    }

    // Every cursor on its first position; in a group the k-th cursor k positions further, so none share one.
    private bool Start()
    {
        _end = int.MinValue;
        for (int i = 0; i < _position.Length; i++)
        {
            _read[i] = 0;
            Next(i);
        }
        foreach (var group in _groups)
            for (int j = 1; j < group.Length; j++)
                for (int k = 0; k < j; k++)
                    if (!Next(group[j])) return false;
        for (int i = 0; i < _position.Length; i++)
        {
            _end = Math.Max(_end, _position[i]);
            _queued[i] = true;
        }
        return true;
    }

    private bool Next(int i)
    {
        int term = _termOf[i];
        if (_read[i] >= _counts[term]) return false;
        _position[i] = _positions[term][_read[i]++] - _offset[i];
        return true;
    }

    private bool Advance(int i)
    {
        if (!Next(i)) return false;
        _end = Math.Max(_end, _position[i]);
        return true;
    }

    // After cursor i moved: while it shares its position in the text with another cursor of its word, the one
    // behind (by phrase position, then offset) moves on. False when a cursor runs out.
    private bool Separate(int i)
    {
        var group = _groups[_group[i]];
        int other;
        while ((other = Collision(i, group)) >= 0)
        {
            i = _position[i] < _position[other] || (_position[i] == _position[other] && _offset[i] < _offset[other]) ? i : other;
            if (!Advance(i)) return false;
        }
        return true;
    }

    private int Collision(int i, int[] group)
    {
        int at = _position[i] + _offset[i];
        foreach (int j in group)
            if (j != i && _position[j] + _offset[j] == at) return j;
        return -1;
    }

    private int Top()
    {
        int best = -1;
        for (int i = 0; i < _position.Length; i++)
            if (_queued[i] && (best < 0 || Before(i, best))) best = i;
        return best;
    }

    private int Pop()
    {
        int best = Top();
        _queued[best] = false;
        return best;
    }

    // Lucene's PhraseQueue order: phrase position, then offset, then the word's place in the phrase.
    private bool Before(int a, int b) =>
        _position[a] != _position[b] ? _position[a] < _position[b]
        : _offset[a] != _offset[b] ? _offset[a] < _offset[b]
        : a < b;
}
