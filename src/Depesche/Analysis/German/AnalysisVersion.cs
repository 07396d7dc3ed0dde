using Lucene.Net.Util;

namespace Depesche.Analysis.German;

/// <summary>The Lucene compatibility version every analysis component is built with.</summary>
public static class AnalysisVersion
{
    /// <summary>Lucene 4.8 behaviour.</summary>
    public const LuceneVersion Current = LuceneVersion.LUCENE_48;
}
