using System.Diagnostics;
using Depesche.Index;
using Depesche.Search;

namespace Depesche.Bench;

/// <summary>
/// What one uncached search costs as the web API runs it (top 10, snippets, facets), and what each part adds:
/// the same queries timed with snippets off, facets off, and both off. One thread, one warm-up pass.
/// </summary>
internal static class SearchCost
{
    public static int Run(string dataFolder, string queriesFile, int max, TextWriter output)
    {
        if (!Directory.Exists(dataFolder)) throw new BenchInputException($"{dataFolder}: no such folder");
        if (!File.Exists(queriesFile)) throw new BenchInputException($"{queriesFile}: no such file");
        var queries = File.ReadLines(queriesFile).Select(l => l.Split('\t')).Where(p => p.Length >= 2)
            .Where(p => !p[0].Contains('-') || p[0].EndsWith("-words", StringComparison.Ordinal))
            .Select(p => p[1]).Take(max).ToList();
        using var archive = Archive.Open(dataFolder, mapIndex: Environment.GetEnvironmentVariable("MAP") == "1");
        var search = new ArchiveSearch(archive);
        (string Name, bool Snippets, bool Facets)[] variants =
            [("full", true, true), ("no-snippets", false, true), ("no-facets", true, false), ("bare", false, false)];
        foreach (var q in queries) search.Search(new SearchRequest { Query = q });
        foreach (var (name, snippets, facets) in variants)
        {
            var times = new List<double>(queries.Count);
            long totalHits = 0;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            foreach (var q in queries)
            {
                var clock = Stopwatch.StartNew();
                var response = search.Search(new SearchRequest { Query = q, Snippets = snippets, Facets = facets });
                times.Add(clock.Elapsed.TotalMilliseconds);
                totalHits += response.Total;
            }
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            times.Sort();
            output.WriteLine($"{name,-12} {queries.Count} queries: mean {times.Average():F2} ms, p50 {times[times.Count / 2]:F2}, " +
                $"p95 {times[(int)(times.Count * 0.95)]:F2}, p99 {times[Math.Min(times.Count - 1, (int)(times.Count * 0.99))]:F2}, " +
                $"max {times[^1]:F2}; mean hits {totalHits / Math.Max(1, queries.Count):N0}, allocated {allocated / 1e3 / Math.Max(1, queries.Count):N0} KB a search");
        }
        int threads = int.Parse(Environment.GetEnvironmentVariable("THREADS") ?? "0");
        if (threads > 0)
        {
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            int done = 0;
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                for (int pass = 0; pass < 3; pass++)
                    for (int i = 0; i < queries.Count; i++)
                    {
                        search.Search(new SearchRequest { Query = queries[(i + t * 37) % queries.Count] });
                        Interlocked.Increment(ref done);
                    }
            });
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            output.WriteLine($"{threads} threads: {done / clock.Elapsed.TotalSeconds:F0} searches/s, CPU {used.TotalMilliseconds / done:F2} ms a search, GC pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
        }
        return 0;
    }
}
