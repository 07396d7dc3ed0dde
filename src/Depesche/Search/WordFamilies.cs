using System.Collections.Frozen;
using System.Text;
using Depesche.Analysis.German;
using Depesche.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>
/// Which of a question's words the best hits hold in a form of the same family: each word cut to its first
/// <see cref="KeyLength"/> letters (lower case, umlauts and ß folded) and looked for in the hit's stored headline and
/// text, so that forms the stemmer keeps apart meet (Imperialismus and Imperium, Elektrizität and elektrisch,
/// Warschaus and Warschau); a strong verb's word also holds where a hit has another form of it (gewann: gewinnen,
/// gewonnen; <see cref="StrongVerbs"/>), whose vowel change the cut misses. Among hits that share a topic, a word few
/// of them hold tells most about which one answers: a word weighs ln((n + 1) / (holders + 0.5)) over the n best hits,
/// and each hit gains the share of that weight its words hold. For queries of any words only (questions, long
/// queries): where all words must match, every hit holds them all. Read for the best hits only
/// (<see cref="ProximityRescorer"/>).
/// </summary>
internal static class WordFamilies
{
    /// <summary>How many leading letters of a word stand for its family.</summary>
    public const int KeyLength = 6;

    // Longer words are no verb forms (the longest, with two prefixes and an ending, are about 20 letters).
    private const int MaxFormLength = 24;

    // One bit per key in a hit's mask.
    private const int MaxKeys = 32;

    /// <summary>
    /// The most text (characters, headlines and bodies together) read for one search: 30 articles of about 130,000
    /// characters, far beyond a news article (a few thousand). An archive of book-length texts reads no more.
    /// </summary>
    public const int MaxText = 4_000_000;

    /// <summary>The distinct family keys of <paramref name="words"/> (as typed), at most 32.</summary>
    public static IReadOnlyList<string> Keys(IEnumerable<string> words)
    {
        var keys = new List<string>();
        Span<char> key = stackalloc char[2 * KeyLength];
        foreach (string word in words)
        {
            var rest = word.AsSpan();
            while (NextKey(ref rest, key, out int length))
            {
                string k = key[..length].ToString();
                if (!keys.Contains(k)) keys.Add(k);
                if (keys.Count == MaxKeys) return keys;
            }
        }
        return keys;
    }

    /// <summary>
    /// The other forms of the strong verbs among <paramref name="words"/> (as typed, lower case: capitalised they are
    /// mostly nouns), each mapped to the index of its word's key in <paramref name="keys"/>.
    /// </summary>
    public static FrozenDictionary<string, int> VerbForms(IEnumerable<string> words, IReadOnlyList<string> keys)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyList = keys as IList<string> ?? keys.ToList();
        foreach (string word in words)
        {
            // Most words are no strong verb: their key is not worked out again.
            var verbForms = StrongVerbs.FormsOf(word);
            if (verbForms.Count == 0 || Keys([word]) is not [var key]) continue;
            int index = keyList.IndexOf(key);
            if (index < 0) continue;
            foreach (string form in verbForms) forms.TryAdd(form, index);
        }
        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Adds to each hit of <paramref name="head"/> (in increasing document order) <paramref name="weight"/> times the
    /// share of the keys' weight that its headline and text hold. Adds nothing to any hit when the hits' text passes
    /// <see cref="MaxText"/> or <paramref name="inTime"/> turns false while reading (the search's time is up): the
    /// ranking then stays as the other signals made it.
    /// </summary>
    public static void Add(IndexSearcher searcher, List<ScoreDoc> head, IReadOnlyList<string> keys,
        FrozenDictionary<string, int> forms, float weight, Func<bool>? inTime = null)
    {
        if (keys.Count < 2 || weight <= 0 || head.Count < 2) return;
        var bits = new Dictionary<string, int>(keys.Count, StringComparer.Ordinal);
        for (int i = 0; i < keys.Count; i++) bits[keys[i]] = i;
        var lookup = new Lookups(bits.GetAlternateLookup<ReadOnlySpan<char>>(), forms.Count > 0 ? forms.GetAlternateLookup<ReadOnlySpan<char>>() : null);
        var holds = new uint[head.Count];
        var visitor = new TextVisitor();
        long read = 0;
        for (int d = 0; d < head.Count; d++)
        {
            if (inTime is not null && !inTime()) return;
            visitor.Clear();
            searcher.Doc(head[d].Doc, visitor);
            read += visitor.Length;
            if (read > MaxText) return;
            holds[d] = visitor.Holds(lookup);
        }
        Span<float> idf = stackalloc float[keys.Count];
        float total = 0;
        for (int i = 0; i < keys.Count; i++)
        {
            int holders = 0;
            foreach (uint h in holds) holders += (int)((h >> i) & 1);
            idf[i] = MathF.Log((head.Count + 1) / (holders + 0.5f));
            total += idf[i];
        }
        for (int d = 0; d < head.Count; d++)
        {
            float share = 0;
            for (int i = 0; i < keys.Count; i++)
                if (((holds[d] >> i) & 1) != 0) share += idf[i];
            head[d].Score += weight * share / total;
        }
    }

    // The key of the next word (a run of letters or digits) in text, advancing text past it; false at the end.
    private static bool NextKey(ref ReadOnlySpan<char> text, scoped Span<char> key, out int length) =>
        NextKey(ref text, key, out length, out _);

    // The same, with the word itself.
    private static bool NextKey(ref ReadOnlySpan<char> text, scoped Span<char> key, out int length, out ReadOnlySpan<char> word)
    {
        length = 0;
        word = default;
        int i = 0;
        while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
        if (i == text.Length)
        {
            text = default;
            return false;
        }
        int start = i;
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
        var letters = text[start..i];
        length = Math.Min(WordFold.Into(letters[..Math.Min(letters.Length, KeyLength)], key), KeyLength);
        word = letters;
        text = text[i..];
        return true;
    }

    // The keys' bits, and the bits of the strong verbs' other forms (none when the question has no such verb).
    private readonly record struct Lookups(
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Keys,
        FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? Forms);

    // Reads the stored headline and text of one article, and which keys they hold.
    private sealed class TextVisitor : StoredFieldVisitor
    {
        private string _title = "";
        private char[] _body = new char[4096];
        private int _bodyLength;
        private int _wanted;

        public void Clear()
        {
            _title = "";
            _bodyLength = 0;
            _wanted = 2;
        }

        public override Status NeedsField(FieldInfo fieldInfo) =>
            fieldInfo.Name is Schema.Title or Schema.Body ? Status.YES : _wanted == 0 ? Status.STOP : Status.NO;

        public override void StringField(FieldInfo fieldInfo, string value)
        {
            if (fieldInfo.Name != Schema.Title) return;
            _title = value;
            _wanted--;
        }

        public override void BinaryField(FieldInfo fieldInfo, byte[] value)
        {
            if (fieldInfo.Name != Schema.Body) return;
            int most = Encoding.UTF8.GetMaxCharCount(value.Length);
            if (most > _body.Length) _body = new char[Math.Max(most, _body.Length * 2)];
            _bodyLength = Encoding.UTF8.GetChars(value, _body);
            _wanted--;
        }

        /// <summary>The characters read: headline and text.</summary>
        public int Length => _title.Length + _bodyLength;

        public uint Holds(Lookups lookups) =>
            HoldsIn(_title, lookups) | HoldsIn(_body.AsSpan(0, _bodyLength), lookups);

        private static uint HoldsIn(ReadOnlySpan<char> text, Lookups lookups)
        {
            uint holds = 0;
            Span<char> key = stackalloc char[2 * KeyLength];
            Span<char> folded = stackalloc char[2 * MaxFormLength];
            while (NextKey(ref text, key, out int length, out var word))
            {
                if (lookups.Keys.TryGetValue(key[..length], out int bit)) holds |= 1u << bit;
                else if (lookups.Forms is { } forms && word.Length <= MaxFormLength && char.IsLower(word[0])
                    && forms.TryGetValue(folded[..WordFold.Into(word, folded)], out bit)) holds |= 1u << bit;
            }
            return holds;
        }
    }
}
