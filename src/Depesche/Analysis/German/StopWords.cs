using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Util;

namespace Depesche.Analysis.German;

/// <summary>The stop-word step: Snowball's German list (Lucene's default German set).</summary>
public static class StopWords
{
    /// <summary>The set of German stop words, lower case.</summary>
    public static CharArraySet Set => GermanAnalyzer.DefaultStopSet;

    /// <summary>Drops stop words, leaving position gaps so phrases still line up.</summary>
    public static TokenStream Apply(TokenStream input) => new StopFilter(AnalysisVersion.Current, input, Set);
}
