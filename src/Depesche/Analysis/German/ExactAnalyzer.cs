using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Depesche.Analysis.German;

/// <summary>
/// The exact chain: StandardTokenizer → LowerCase, nothing folded or stemmed, so the spelling a reader
/// typed ranks above its folded and stemmed relatives.
/// </summary>
public sealed class ExactAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(AnalysisVersion.Current, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(AnalysisVersion.Current, source));
    }
}
