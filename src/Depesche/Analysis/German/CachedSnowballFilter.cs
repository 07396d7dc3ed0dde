using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball;

namespace Depesche.Analysis.German;

/// <summary>
/// Snowball stemming with a cache of stems. News vocabulary is Zipfian, so nearly every token is a
/// word seen before; Lucene's SnowballFilter re-runs the algorithm for each and was the largest single
/// cost of ingest (measured: half the analysis time). Output is identical to SnowballFilter.
/// </summary>
internal sealed class CachedSnowballFilter : TokenFilter
{
    // Small: the chains run stemming behind CachedSteps, which keeps whole results, so this cache only sees words
    // CachedSteps has not kept. With a large cap it grew on every query-time chain of a server (one per analyzer and
    // thread) with each word its snippets brought: 70 MB of strings after issue 6's load test. Past the cap, misses
    // are stemmed uncached.
    private const int MaxEntries = 256;

    private readonly SnowballProgram _stemmer;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, string> _cache;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    /// <param name="cache">The stems seen so far; one per analysis thread (token streams are reused per thread), so no locking.</param>
    public CachedSnowballFilter(TokenStream input, SnowballProgram stemmer, Dictionary<string, string> cache) : base(input)
    {
        _stemmer = stemmer;
        _cache = cache;
        _lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <summary>
    /// Snowball's stem of <paramref name="word"/> (lower case), with the rule newer Snowball versions have
    /// and Lucene's generated stemmers lack: when -e, -en or -es went after "niss", the final s goes too
    /// (Ergebnisse → ergebnis, like Ergebnis). Matches Snowball's reference output word for word.
    /// </summary>
    public static string Stem(SnowballProgram stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        string stem = stemmer.Current;
        bool suffixRemoved = word.EndsWith('e') || word.EndsWith("en", StringComparison.Ordinal) || word.EndsWith("es", StringComparison.Ordinal);
        return suffixRemoved && stem.EndsWith("niss", StringComparison.Ordinal) ? stem[..^1] : stem;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword) return true;
        var word = _term.Buffer.AsSpan(0, _term.Length);
        if (_lookup.TryGetValue(word, out string? stem))
        {
            if (stem.Length != word.Length || !word.SequenceEqual(stem))
            {
                stem.CopyTo(0, _term.ResizeBuffer(stem.Length), 0, stem.Length);
                _term.Length = stem.Length;
            }
            return true;
        }
        string original = word.ToString();
        string stemmed = Stem(_stemmer, original);
        if (_cache.Count < MaxEntries) _cache[original] = stemmed;
        _term.SetEmpty().Append(stemmed);
        return true;
    }
}
