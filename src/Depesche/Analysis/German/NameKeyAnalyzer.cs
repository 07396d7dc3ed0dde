using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Depesche.Analysis.German;

/// <summary>
/// The names chain, which feeds the <c>names</c> field and keys query words:
/// StandardTokenizer → (<see cref="CapitalisedWords"/> when indexing) → LowerCase → StopWords → Folding →
/// <see cref="NameKeyFilter"/>. It emits keys only; the spellings themselves are in headline, body and exact.
/// </summary>
public sealed class NameKeyAnalyzer : Analyzer
{
    private readonly bool _capitalisedOnly;

    /// <param name="capitalisedOnly">
    /// True for documents: only capitalised words are keyed, which keeps the field small and ordinary verbs and
    /// adjectives out of it. False for queries, since readers type names in lower case.
    /// </param>
    public NameKeyAnalyzer(bool capitalisedOnly) => _capitalisedOnly = capitalisedOnly;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(AnalysisVersion.Current, reader);
        TokenStream chain = _capitalisedOnly ? CapitalisedWords.Apply(source) : source;
        chain = new LowerCaseFilter(AnalysisVersion.Current, chain);
        chain = StopWords.Apply(chain);
        chain = Folding.Apply(chain);
        return new TokenStreamComponents(source, new NameKeyFilter(chain));
    }
}
