using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
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

    /// <summary>A chain that stems with <paramref name="stemmer"/>.</summary>
    public GermanTextAnalyzer(StemmerKind stemmer = Stemming.Default) => _stemmer = stemmer;

    /// <summary>
    /// A chain that keeps stop words when <paramref name="keepStopWords"/> is set: headlines keep them, so that
    /// a headline made of them ("Das ist kein …") can still be found as a phrase.
    /// </summary>
    public GermanTextAnalyzer(StemmerKind stemmer, bool keepStopWords) : this(stemmer) => _keepStopWords = keepStopWords;

    private readonly bool _keepStopWords;

    /// <summary>The stemmer this chain uses.</summary>
    public StemmerKind Stemmer => _stemmer;

    /// <summary>A phrase never spans two values of a field (headline and body).</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) => new HyphenJoiner(reader);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(AnalysisVersion.Current, reader);
        TokenStream chain = LowerCase.Apply(source);
        chain = new HyphenatedWordFilter(chain);
        if (!_keepStopWords) chain = StopWords.Apply(chain);
        chain = Folding.Apply(chain);
        chain = Stemming.Apply(chain, _stemmer);
        return new TokenStreamComponents(source, chain);
    }
}
