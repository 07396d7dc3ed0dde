namespace Depesche.Analysis.German.Compounds;

/// <summary>
/// What the vocabulary says about word ends, for parts it does not know as words: how many words end in a
/// given three letters (a modifier should end like a word: rotor, not ambu), and every word that ends in a
/// given head (a head should be one the archive builds compounds with). Built once, on first use.
/// </summary>
internal sealed class WordEndings
{
    private const int EndLength = 3;

    private readonly Dictionary<string, int> _endCounts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _endLookup;
    private readonly string[] _byReversedSpelling;

    public WordEndings(IEnumerable<string> words)
    {
        _endCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        _endLookup = _endCounts.GetAlternateLookup<ReadOnlySpan<char>>();
        var all = new List<string>();
        foreach (string word in words)
        {
            all.Add(word);
            if (word.Length < EndLength + 2) continue;
            var end = word.AsSpan(word.Length - EndLength);
            _endLookup[end] = _endLookup.TryGetValue(end, out int n) ? n + 1 : 1;
        }
        _byReversedSpelling = all.ToArray();
        Array.Sort(_byReversedSpelling, CompareFromEnd);
    }

    /// <summary>How many words of five letters or more end in the last three letters of <paramref name="word"/>.</summary>
    public int WordsEndingLike(ReadOnlySpan<char> word) =>
        word.Length < EndLength ? 0 : _endLookup.TryGetValue(word[^EndLength..], out int n) ? n : 0;

    /// <summary>The words longer than <paramref name="ending"/> that end with it.</summary>
    public IEnumerable<string> WordsEndingWith(string ending)
    {
        int at = LowerBound(ending);
        for (int i = at; i < _byReversedSpelling.Length; i++)
        {
            string word = _byReversedSpelling[i];
            if (!word.EndsWith(ending, StringComparison.Ordinal)) yield break;
            if (word.Length > ending.Length) yield return word;
        }
    }

    private int LowerBound(string ending)
    {
        int lo = 0, hi = _byReversedSpelling.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (CompareFromEnd(_byReversedSpelling[mid], ending) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // Ordinal order of the reversed spellings, without building them.
    private static int CompareFromEnd(string a, string b)
    {
        int shared = Math.Min(a.Length, b.Length);
        for (int k = 1; k <= shared; k++)
        {
            int c = a[^k].CompareTo(b[^k]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }
}
