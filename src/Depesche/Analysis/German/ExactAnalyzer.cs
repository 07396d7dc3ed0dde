using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Depesche.Analysis.German;

/// <summary>
/// The exact chain: StandardTokenizer → LowerCase → StopWords, nothing folded or stemmed, so the spelling a
/// reader typed ranks above its folded and stemmed relatives. Stop words are left out: exact matches only
/// ever add weight to searchable words, and stop words were a third of this field's tokens (ingest cost).
/// </summary>
public sealed class ExactAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(AnalysisVersion.Current, reader);
        return new TokenStreamComponents(source, StopWords.Apply(LowerCase.Apply(source)));
    }
}
