using Depesche.Analysis.German;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace Depesche.Index;

/// <summary>The Lucene settings every writer and searcher of an archive shares.</summary>
internal static class IndexSettings
{
    /// <summary>Ranking: BM25 with Lucene's defaults (k1 1.2, b 0.75).</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>
    /// A writer configuration: a large RAM buffer and no compound files, which LUCENE-NOTES.md measured
    /// as the fastest ingest on two cores.
    /// </summary>
    public static IndexWriterConfig WriterConfig(StemmerKind stemmer, TimeSpan lockWait) =>
        new(AnalysisVersion.Current, ArchiveAnalyzer.Create(stemmer))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 256,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
            Similarity = Similarity,
            WriteLockTimeout = (long)lockWait.TotalMilliseconds,
        };
}
