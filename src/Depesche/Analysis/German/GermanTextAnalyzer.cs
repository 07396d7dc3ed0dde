using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace Depesche.Analysis.German;

/// <summary>
/// The main index- and query-time chain for headline and body text:
/// HyphenJoiner → StandardTokenizer → LowerCase → HyphenatedWordFilter → StopWords → Folding → Stemming.
/// The same chain runs on documents and on queries, so every spelling the folding joins matches.
/// </summary>
public sealed class GermanTextAnalyzer : Analyzer
{
    private readonly StemmerKind _stemmer;
    private readonly bool _keepStopWords;
    private readonly int _steps = int.MaxValue;
    private readonly int _cacheEntries = CachedSteps.QueryEntries;

    /// <summary>A chain that stems with <paramref name="stemmer"/>.</summary>
    public GermanTextAnalyzer(StemmerKind stemmer = Stemming.Default) => _stemmer = stemmer;

    /// <summary>
    /// A chain that keeps stop words when <paramref name="keepStopWords"/> is set: headlines keep them, so that
    /// a headline made of them ("Das ist kein …") can still be found as a phrase.
    /// </summary>
    public GermanTextAnalyzer(StemmerKind stemmer, bool keepStopWords) : this(stemmer) => _keepStopWords = keepStopWords;

    // A chain whose word-by-word cache holds up to `cacheEntries` words per thread: the writer's, which sees the
    // whole archive, holds many more than the query-time chains of a server.
    internal GermanTextAnalyzer(StemmerKind stemmer, bool keepStopWords, int cacheEntries) : this(stemmer, keepStopWords) =>
        _cacheEntries = cacheEntries;

    // Only the first `steps` filters after the tokenizer: ChainTrace runs the chain step by step.
    internal GermanTextAnalyzer(StemmerKind stemmer, int steps) : this(stemmer) => _steps = steps;

    /// <summary>The stemmer this chain uses.</summary>
    public StemmerKind Stemmer => _stemmer;

    /// <summary>The filters after the tokenizer, in order and by name: the one definition of the chain.</summary>
    internal static IReadOnlyList<(string Name, Func<TokenStream, TokenStream> Apply)> Steps(StemmerKind stemmer, bool keepStopWords) =>
    [
        ("lowercase", LowerCase.Apply),
        ("hyphens", t => new HyphenatedWordFilter(t)),
        ("stopwords", t => keepStopWords ? t : StopWords.Apply(t)),
        ("folding", Folding.Apply),
        ("stemming", t => Stemming.Apply(t, stemmer)),
    ];

    /// <summary>The steps that map each term to one term whatever its neighbours, run through <see cref="CachedSteps"/>.</summary>
    private static readonly HashSet<string> WordByWord = ["folding", "stemming"];

    /// <summary>
    /// The whole chain over <paramref name="source"/> as documents and queries run it: the word-by-word steps
    /// behind one cache. <paramref name="afterStopWords"/>, when given, wraps the stream as it leaves the
    /// stop-word step (where <see cref="DocumentChain"/> records the exact field's terms).
    /// </summary>
    internal static CachedSteps Chain(TokenStream source, StemmerKind stemmer, bool keepStopWords, int cacheEntries,
        Func<TokenStream, TokenStream>? afterStopWords = null)
    {
        TokenStream chain = source;
        var cached = new List<Func<TokenStream, TokenStream>>();
        foreach (var (name, apply) in Steps(stemmer, keepStopWords))
        {
            if (WordByWord.Contains(name))
            {
                cached.Add(apply);
                continue;
            }
            chain = apply(chain);
            if (name == "stopwords" && afterStopWords is not null) chain = afterStopWords(chain);
        }
        return new CachedSteps(chain, t => cached.Aggregate(t, (stream, apply) => apply(stream)), cacheEntries);
    }

    /// <summary>A phrase never spans two values of a field (headline and body).</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) => new HyphenJoiner(reader);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(AnalysisVersion.Current, reader);
        if (_steps == int.MaxValue) return new TokenStreamComponents(source, Chain(source, _stemmer, _keepStopWords, _cacheEntries));
        TokenStream chain = source;
        foreach (var (_, apply) in Steps(_stemmer, _keepStopWords).Take(_steps)) chain = apply(chain);
        return new TokenStreamComponents(source, chain);
    }
}
