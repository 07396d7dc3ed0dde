using System.Text;
using Depesche.Index;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Depesche.Analysis.German.Compounds;

/// <summary>
/// The words an archive uses and how many articles use each: lower-case surface forms with umlauts and ß
/// kept, as the <c>exact</c> field holds them. This is all the compound splitter knows about German.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>
    /// The document frequency a word from a user word list counts as: high enough that a listed word is
    /// trusted as a compound part, as a word that tens of articles use would be.
    /// </summary>
    public const int UserWordFrequency = 50;

    private readonly Dictionary<string, int> _frequencies;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>A vocabulary of <paramref name="frequencies"/> (word → document frequency); words are taken as given.</summary>
    public Vocabulary(IEnumerable<KeyValuePair<string, int>> frequencies)
    {
        _frequencies = new Dictionary<string, int>(frequencies, StringComparer.Ordinal);
        _lookup = _frequencies.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private Vocabulary(Dictionary<string, int> frequencies)
    {
        _frequencies = frequencies;
        _lookup = _frequencies.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct words.</summary>
    public int Count => _frequencies.Count;

    /// <summary>Every word, in no particular order.</summary>
    public IEnumerable<string> Words => _frequencies.Keys;

    /// <summary>The document frequency of <paramref name="word"/> (lower case), 0 when unknown.</summary>
    public int Frequency(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out int f) ? f : 0;

    /// <summary>Whether <paramref name="word"/> (lower case) is known.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>
    /// The vocabulary of <paramref name="archive"/>: every term of the <c>exact</c> field made only of
    /// letters and at least two long, with the number of articles that use it.
    /// </summary>
    public static Vocabulary FromArchive(Archive archive) =>
        archive.WithSearcher(s => FromIndex(s.IndexReader, Schema.Exact));

    /// <summary>The words of <paramref name="field"/> in <paramref name="reader"/>, as <see cref="FromArchive"/>.</summary>
    public static Vocabulary FromIndex(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        // Terms.Count is -1 across segments; the largest segment's count is a fair first size.
        long largest = reader.Leaves.Select(l => l.AtomicReader.GetTerms(field)?.Count ?? 0).DefaultIfEmpty(0).Max();
        var frequencies = new Dictionary<string, int>((int)Math.Clamp(largest, 0, 4_000_000), StringComparer.Ordinal);
        if (terms is null) return new Vocabulary(frequencies);
        var chars = new char[128];
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            BytesRef bytes = termsEnum.Term;
            if (bytes.Length < 2 || bytes.Length > chars.Length) continue;
            int length = Encoding.UTF8.GetChars(bytes.Bytes, bytes.Offset, bytes.Length, chars, 0);
            if (length < 2 || !IsWord(chars.AsSpan(0, length))) continue;
            frequencies[new string(chars, 0, length)] = termsEnum.DocFreq;
        }
        return new Vocabulary(frequencies);
    }

    /// <summary>
    /// This vocabulary with the words of <paramref name="path"/> added (one a line, any case; blank lines and
    /// lines starting with <c>#</c> skipped), each counting at least <see cref="UserWordFrequency"/>.
    /// </summary>
    public Vocabulary WithWordList(string path)
    {
        if (!File.Exists(path)) throw new DepescheException(FailureKind.Usage, $"{path}: no such word list");
        var merged = new Dictionary<string, int>(_frequencies, StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            string word = line.Trim().ToLowerInvariant();
            if (word.Length < 2 || word.StartsWith('#') || !IsWord(word)) continue;
            merged[word] = Math.Max(UserWordFrequency, merged.GetValueOrDefault(word));
        }
        return new Vocabulary(merged);
    }

    private static bool IsWord(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (!char.IsLetter(c)) return false;
        return true;
    }
}
