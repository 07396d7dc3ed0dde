using Depesche.Analysis.German;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace Depesche.Bench;

/// <summary>
/// Stems single words with the engine's own stemming step (<see cref="Stemming.Apply"/>): lower case, then
/// the chain's folding when <c>fold</c> is set, then the stemmer. Stop words are not removed: every gold
/// word is measured.
/// </summary>
internal sealed class WordStemmer : IDisposable
{
    private readonly Analyzer _analyzer;

    public WordStemmer(StemmerKind kind, bool fold)
    {
        _analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new KeywordTokenizer(reader);
            TokenStream chain = new LowerCaseFilter(AnalysisVersion.Current, source);
            if (fold) chain = Folding.Apply(chain);
            return new TokenStreamComponents(source, Stemming.Apply(chain, kind));
        });
    }

    /// <summary>The one term the word becomes.</summary>
    public string Stem(string word) => TokenDump.Analyze(_analyzer, "word", word) is [var token] ? token.Term : "";

    public void Dispose() => _analyzer.Dispose();
}
