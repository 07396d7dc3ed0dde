using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Depesche.Analysis.German;

/// <summary>
/// The names chain, which feeds the <c>names</c> field and keys query words:
/// StandardTokenizer → (<see cref="CapitalisedWords"/> for documents) → LowerCase → StopWords → Folding →
/// <see cref="NameKeyFilter"/>. It emits keys only; the spellings themselves are in headline, body and exact.
/// </summary>
public sealed class NameKeyAnalyzer : Analyzer
{
    private readonly bool _documents;

    private NameKeyAnalyzer(bool documents) => _documents = documents;

    /// <summary>
    /// The chain for documents: only capitalised words are keyed, which keeps the field small and ordinary verbs
    /// and adjectives out of it, and a word that may be a genitive is keyed with and without its s.
    /// </summary>
    public static NameKeyAnalyzer ForDocuments() => new(documents: true);

    /// <summary>The chain for queries: every word is keyed as typed, since readers type names in lower case.</summary>
    public static NameKeyAnalyzer ForQueries() => new(documents: false);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(AnalysisVersion.Current, reader);
        return new TokenStreamComponents(source, KeyChain(_documents ? CapitalisedWords.Apply(source) : source, _documents));
    }

    /// <summary>The steps after the word selection: LowerCase → StopWords → Folding → NameKeyFilter.</summary>
    internal static TokenStream KeyChain(TokenStream words, bool documents) =>
        new NameKeyFilter(Folding.Apply(StopWords.Apply(LowerCase.Apply(words))), genitives: documents);
}
