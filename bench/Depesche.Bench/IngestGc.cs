using System.Diagnostics;
using Depesche.Index;
using Depesche.Ingest;

namespace Depesche.Bench;

/// <summary>
/// The whole ingest pipeline (as <c>depesche ingest</c> runs it, all threads) on a corpus into a scratch folder,
/// with what the garbage collector did meanwhile: collections per generation, pause time, bytes allocated.
/// </summary>
internal static class IngestGc
{
    public static int Run(string corpus, TextWriter output)
    {
        if (!File.Exists(corpus)) throw new BenchInputException($"{corpus}: no such file");
        string scratch = Path.Combine(Path.GetTempPath(), $"depesche-gc-{Environment.ProcessId}");
        try
        {
            var wall = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            int[] before = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var pause = GC.GetTotalPauseDuration();
            long allocated = GC.GetTotalAllocatedBytes();
            IngestProgress result;
            using (var writer = ArchiveWriter.Open(scratch, TimeSpan.FromSeconds(5)))
            {
                result = new Ingester(writer).Run(InputDiscovery.ReadAll([corpus], new ReaderOptions()));
            }
            output.WriteLine($"{result.Added:N0} articles, {result.Bytes / 1e6 / wall.Elapsed.TotalSeconds:F2} MB/s, " +
                $"wall {wall.Elapsed.TotalSeconds:F1} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s");
            output.WriteLine($"GC: gen0 {GC.CollectionCount(0) - before[0]}, gen1 {GC.CollectionCount(1) - before[1]}, " +
                $"gen2 {GC.CollectionCount(2) - before[2]}, paused {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F2} s, " +
                $"allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1e9:F2} GB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            output.WriteLine($"GC: server {System.Runtime.GCSettings.IsServerGC}, latency {System.Runtime.GCSettings.LatencyMode}, last pause share {info.PauseTimePercentage:F1} %");
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
        return 0;
    }
}
