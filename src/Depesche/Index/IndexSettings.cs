using Depesche.Analysis.German;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace Depesche.Index;

/// <summary>The Lucene settings every writer and searcher of an archive shares.</summary>
internal static class IndexSettings
{
    /// <summary>BM25 k1, chosen on both dev sets (docs/benchmarks.md): less weight to repeated words than Lucene's 1.2.</summary>
    public const float Bm25K1 = 0.7f;

    /// <summary>BM25 b, chosen on both dev sets: less length normalisation than Lucene's 0.75 (short teasers and long reports mix).</summary>
    public const float Bm25B = 0.4f;

    /// <summary>Ranking: BM25 with <see cref="Bm25K1"/> and <see cref="Bm25B"/>.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity(Bm25K1, Bm25B);

    /// <summary>
    /// A writer configuration: a large RAM buffer and no compound files, which LUCENE-NOTES.md measured
    /// as the fastest ingest on two cores.
    /// </summary>
    public static IndexWriterConfig WriterConfig(StemmerKind stemmer, TimeSpan lockWait, ArchiveCodec? codec = null) =>
        new(AnalysisVersion.Current, ArchiveAnalyzer.Create(stemmer, CachedSteps.DocumentEntries))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 256,
            UseCompoundFile = false,
            MergePolicy = new ArchiveMergePolicy { NoCFSRatio = 0 },
            MergeScheduler = new ArchiveMergeScheduler(),
            Similarity = Similarity,
            Codec = codec ?? new ArchiveCodec(),
            WriteLockTimeout = (long)lockWait.TotalMilliseconds,
        };
}
