using System.Diagnostics;
using Depesche.Index;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Depesche.Bench;

/// <summary>
/// What reading one article's stored text costs (a hit shown, a snippet cut): documents picked at random (fixed seed)
/// and read whole, one thread, after a warm-up pass; and the stored text's size on disk, by the codec of its segments.
/// Archives of every stored-text format are read by the same build, so two archives compare formats.
/// </summary>
internal static class DocumentReads
{
    public static int Run(string dataFolder, int reads, TextWriter output)
    {
        string index = DataFolder.IndexPath(dataFolder);
        if (!System.IO.Directory.Exists(index)) throw new BenchInputException($"{dataFolder}: no archive there");
        using var dir = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(dir);
        var codecs = reader.Leaves.Select(l => ((SegmentReader)l.Reader).SegmentInfo.Info.Codec.Name).Distinct();
        long stored = System.IO.Directory.GetFiles(index, "*.fdt").Sum(f => new FileInfo(f).Length);
        output.WriteLine($"{reader.MaxDoc:N0} documents, codecs {string.Join(", ", codecs)}, stored text {stored / 1e6:F1} MB");
        var random = new Random(13);
        var picks = Enumerable.Range(0, reads).Select(_ => random.Next(reader.MaxDoc)).ToArray();
        long bytes = 0;
        foreach (int doc in picks.Take(Math.Min(reads, 2000))) bytes += reader.Document(doc).Get(Schema.Title)?.Length ?? 0;
        var times = new double[picks.Length];
        for (int i = 0; i < picks.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            bytes += reader.Document(picks[i]).GetBinaryValue(Schema.Body)?.Length ?? 0;
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        Array.Sort(times);
        output.WriteLine($"{reads:N0} documents read: mean {times.Average():F1} µs, p50 {times[times.Length / 2]:F1}, " +
            $"p99 {times[Math.Min(times.Length - 1, (int)(times.Length * 0.99))]:F1} ({bytes / 1e6:F0} MB of text)");
        return 0;
    }
}
