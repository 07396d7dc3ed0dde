using Depesche.Index;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Depesche.Tests.Reliability;

/// <summary>
/// What a writer is doing to an index folder, seen from outside: a two-phase commit in progress (Lucene 4.8
/// writes <c>segments_N</c> first and names it in <c>segments.gen</c> only when the commit is done), segment files that no commit references yet (a flush or a merge
/// writing), or neither (indexing in memory, reading input).
/// </summary>
public static class IndexFolderState
{
    public const string Committing = "commit in progress";
    public const string WritingSegment = "segment being written (flush or merge)";
    public const string Idle = "no file being written";
    public const string NoIndex = "no index yet";

    /// <summary>The state of the index folder of <paramref name="dataFolder"/> now.</summary>
    public static string Of(string dataFolder)
    {
        string index = DataFolder.IndexPath(dataFolder);
        string[] files;
        try
        {
            files = System.IO.Directory.GetFiles(index).Select(Path.GetFileName).ToArray()!;
        }
        catch (DirectoryNotFoundException)
        {
            return NoIndex;
        }
        if (CommitPending(index, files)) return Committing;
        var segmentsOnDisk = files.Where(f => f.StartsWith('_')).Select(SegmentOf).ToHashSet();
        if (segmentsOnDisk.Count == 0) return files.Any(f => f.StartsWith("segments_", StringComparison.Ordinal)) ? Idle : NoIndex;
        var committed = CommittedSegments(index);
        if (committed is null) return NoIndex;
        return segmentsOnDisk.IsSubsetOf(committed) ? Idle : WritingSegment;
    }

    /// <summary>How many segments the newest commit holds (0 without one).</summary>
    public static int CommittedSegmentCount(string dataFolder) => CommittedSegments(DataFolder.IndexPath(dataFolder))?.Count ?? 0;

    private static HashSet<string>? CommittedSegments(string index)
    {
        try
        {
            using var dir = FSDirectory.Open(index);
            var infos = new SegmentInfos();
            infos.Read(dir);
            return infos.Select(s => s.Info.Name).ToHashSet();
        }
        catch (Exception e) when (e is IOException or IndexNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // A segments_N newer than the generation segments.gen names: written and being synced, not yet finished.
    private static bool CommitPending(string index, string[] files)
    {
        long newest = files.Where(f => f.StartsWith("segments_", StringComparison.Ordinal))
            .Select(f => Base36(f["segments_".Length..])).DefaultIfEmpty(0).Max();
        if (newest == 0) return false;
        try
        {
            // segments.gen: a format int, then the generation twice (big-endian longs), then a footer.
            byte[] gen = File.ReadAllBytes(Path.Combine(index, "segments.gen"));
            return gen.Length < 12 || System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(gen.AsSpan(4, 8)) < newest;
        }
        catch (IOException)
        {
            return true; // no segments.gen yet: the first commit is under way
        }
    }

    private static long Base36(string digits) =>
        digits.Aggregate(0L, (value, c) => value * 36 + (char.IsDigit(c) ? c - '0' : c - 'a' + 10));

    // _1e.fdt and _1e_Lucene41_0.doc both belong to segment _1e.
    private static string SegmentOf(string file)
    {
        int end = file.IndexOfAny(['.', '_'], 1);
        return end < 0 ? file : file[..end];
    }
}
