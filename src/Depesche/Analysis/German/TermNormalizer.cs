using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace Depesche.Analysis.German;

/// <summary>
/// The query-time path for prefix terms (<c>Weißr*</c>): lower case and folding, no stemming, as Lucene
/// keeps a separate normalisation for multi-term queries.
/// </summary>
public static class TermNormalizer
{
    private static readonly Analyzer Chain = Analyzer.NewAnonymous((field, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        return new TokenStreamComponents(source, Folding.Apply(LowerCase.Apply(source)));
    });

    /// <summary>The folded form of one word.</summary>
    public static string Fold(string word)
    {
        using var ts = Chain.GetTokenStream("prefix", word);
        var term = ts.AddAttribute<ICharTermAttribute>();
        ts.Reset();
        string result = ts.IncrementToken() ? term.ToString() : word.ToLowerInvariant();
        ts.End();
        return result;
    }
}
