using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>
/// Collects a query's hits over the archive's segments on more than one thread when cores are idle: the calling thread
/// takes segments one by one in document order, and a helper started beside it takes the next ones as soon as it runs.
/// A small query is done before the helper wakes (the helper then finds nothing left and the search does not wait for
/// it); a large one is shared by both cores. Each thread collects into its own collector, over segments in increasing
/// document order, and merging their hits by score and then by document keeps Lucene's order of ties, so the result
/// is exactly that of one pass (<c>ParallelSegmentsTests</c>). Searches already running take their share of the cores
/// first: under load every search runs on its own thread only, as before. Queries scored in document order (those that
/// require words) are shared as well as those of optional words (questions, long queries: Lucene's bucket scorer);
/// both gain once their code is optimised (docs/benchmarks.md, session 14).
/// </summary>
internal static class ParallelSegments
{
    /// <summary>
    /// Below this many articles a search runs on one thread: it answers in less time than a helper takes to start.
    /// </summary>
    public const int DefaultParallelFrom = 50_000;

    private const int NotStarted = 0, Started = 1, Closed = 2;

    // Searches of this process running at this moment (SearchScope), from parsing to the last snippet: a search that
    // cuts snippets uses its core as much as one that collects.
    private static int s_running;

    /// <summary>Counts a search as running until disposed; <see cref="Run"/> shares the cores among those.</summary>
    public static SearchScope Searching()
    {
        Interlocked.Increment(ref s_running);
        return default;
    }

    /// <summary>
    /// Runs <paramref name="collect"/> for every segment of <paramref name="searcher"/>, on the calling thread and on
    /// up to <paramref name="threads"/> − 1 helpers (the cores divided by the searches running, less one), each
    /// thread with its own collector from <paramref name="start"/>. Returns the collectors that were used.
    /// <paramref name="collect"/> returns false when its thread should stop taking segments (its time is up). One
    /// thread when the archive has fewer than <paramref name="parallelFrom"/> articles or one segment.
    /// </summary>
    public static List<T> Run<T>(IndexSearcher searcher, int parallelFrom, int threads, Func<T> start, Func<T, AtomicReaderContext, bool> collect)
        where T : class
    {
        var leaves = searcher.IndexReader.Leaves;
        int running = Math.Max(1, Volatile.Read(ref s_running));
        int count = leaves.Count < 2 || searcher.IndexReader.MaxDoc < parallelFrom
            ? 1
            : Math.Min(leaves.Count, Math.Max(1, threads / running));
        int next = -1;
        void Work(T part)
        {
            for (int i = Interlocked.Increment(ref next); i < leaves.Count; i = Interlocked.Increment(ref next))
            {
                if (!collect(part, leaves[i])) return;
            }
        }

        var helpers = new Helper<T>[count - 1];
        for (int h = 0; h < helpers.Length; h++)
        {
            var helper = helpers[h] = new Helper<T>();
            helper.Task = Task.Run(() =>
            {
                if (Interlocked.CompareExchange(ref helper.State, Started, NotStarted) != NotStarted) return;
                helper.Part = start();
                Work(helper.Part);
            });
        }
        var parts = new List<T>(count) { start() };
        Work(parts[0]);
        foreach (var helper in helpers)
        {
            // A helper that has not started yet never will: nothing is left, and the search does not wait for it.
            if (Interlocked.CompareExchange(ref helper.State, Closed, NotStarted) == NotStarted) continue;
            // GetResult rethrows the helper's own exception (a damaged index file stays a CorruptIndexException).
            helper.Task!.GetAwaiter().GetResult();
            parts.Add(helper.Part!);
        }
        return parts;
    }

    /// <summary>
    /// Feeds the documents of <paramref name="leaf"/> that <paramref name="weight"/> matches to
    /// <paramref name="collector"/>, as <see cref="IndexSearcher"/> does for each segment.
    /// </summary>
    public static void Collect(AtomicReaderContext leaf, Weight weight, ICollector collector)
    {
        try
        {
            collector.SetNextReader(leaf);
        }
        catch (CollectionTerminatedException)
        {
            return;
        }
        var scorer = weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
        if (scorer is null) return;
        try
        {
            scorer.Score(collector);
        }
        catch (CollectionTerminatedException)
        {
            // The collector has all it wants from this segment.
        }
    }

    /// <summary>
    /// The top <paramref name="n"/> hits by score, collected in document order or not (<paramref name="inOrder"/>, the
    /// caller's choice for the query), exactly as one pass of <c>IndexSearcher</c> finds them.
    /// </summary>
    public static TopDocs TopByScore(IndexSearcher searcher, Query query, int n, bool inOrder, int parallelFrom, int threads)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var parts = Run(searcher, parallelFrom, threads, () => TopScoreDocCollector.Create(n, inOrder), (top, leaf) =>
        {
            Collect(leaf, weight, top);
            return true;
        });
        return Merge(parts.Select(p => p.GetTopDocs()).ToList(), n);
    }

    /// <summary>The best <paramref name="n"/> of the threads' hits by score, ties by document as Lucene breaks them; the total is the sum.</summary>
    public static TopDocs Merge(IReadOnlyList<TopDocs> parts, int n)
    {
        if (parts.Count == 1) return parts[0];
        var all = parts.SelectMany(p => p.ScoreDocs).ToList();
        all.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return new TopDocs(parts.Sum(p => p.TotalHits), all.Take(n).ToArray(), parts.Max(p => p.MaxScore));
    }

    /// <summary>A search counted as running (<see cref="Searching"/>).</summary>
    public readonly struct SearchScope : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref s_running);
    }

    private sealed class Helper<T>
        where T : class
    {
        public int State;
        public Task? Task;
        public T? Part;
    }
}
