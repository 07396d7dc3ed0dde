using System.Diagnostics;
using System.Globalization;
using Depesche.Index;
using Depesche.Ingest;
using Depesche.Search;

namespace Depesche.Evaluation;

/// <summary>
/// Measures search quality and latency: builds a throwaway archive from a corpus (or opens one), runs
/// every query through <see cref="ArchiveSearch.TopIds"/> (the parser and searcher of <c>depesche search</c>),
/// writes a TREC run and computes the peers' metrics.
/// </summary>
public static class EvalRunner
{
    /// <summary>Runs the evaluation described by <paramref name="options"/>.</summary>
    public static EvalReport Run(EvalOptions options, Action<string>? log = null)
    {
        options.Validate();
        var queries = QuerySet.Load(options.Queries)
            .Where(q => options.OnlySuffix is null || q.Id.EndsWith(options.OnlySuffix, StringComparison.Ordinal))
            .Take(options.MaxQueries ?? int.MaxValue).ToList();
        var qrels = options.QrelsPath is null ? null : Qrels.Load(options.QrelsPath);

        string? scratch = null;
        string dataFolder = options.DataFolder ?? (scratch = Path.Combine(Path.GetTempPath(), $"depesche-eval-{Guid.NewGuid():N}"));
        try
        {
            double indexSeconds = 0;
            if (options.Corpus is not null)
            {
                if (!File.Exists(options.Corpus)) throw new DepescheException(FailureKind.Usage, $"{options.Corpus}: no such file");
                var clock = Stopwatch.StartNew();
                using (var writer = ArchiveWriter.Open(dataFolder, TimeSpan.FromSeconds(30), stemmer: options.Stemmer))
                {
                    var items = InputDiscovery.ReadAll([options.Corpus], new ReaderOptions(), "jsonl");
                    // One indexing thread: articles get their document numbers in input order, so hits of equal score
                    // come in the same order in every run and two runs compare byte for byte (with two threads the
                    // order of ties varied from run to run; scores and metrics did not).
                    var result = new Ingester(writer, new IngestOptions { CommitEvery = int.MaxValue, Threads = 1 },
                        onRejected: item => log?.Invoke($"{item.Place}: {item.Rejection}")).Run(items);
                    log?.Invoke($"indexed {result.Added + result.Replaced + result.Unchanged:N0} documents in {clock.Elapsed.TotalSeconds:0.0} s");
                }
                indexSeconds = clock.Elapsed.TotalSeconds;
            }

            using var archive = Archive.Open(dataFolder);
            var search = new ArchiveSearch(archive, options.Ranking, options.Stemmer);
            var run = new Dictionary<string, IReadOnlyList<(string Id, float Score)>>(StringComparer.Ordinal);
            foreach (var (id, text) in queries) run[id] = search.TopIds(text, options.K);
            for (int pass = 1; pass < options.Warmup; pass++)
                foreach (var (_, text) in queries) search.TopIds(text, options.K);

            var millis = new double[queries.Count, options.Passes];
            for (int pass = 0; pass < options.Passes; pass++)
            {
                for (int i = 0; i < queries.Count; i++)
                {
                    long start = Stopwatch.GetTimestamp();
                    search.TopIds(queries[i].Text, options.K);
                    millis[i, pass] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
            }

            if (options.RunPath is not null) WriteRun(options.RunPath, queries, run);
            return new EvalReport
            {
                Documents = archive.Stats().Articles,
                Queries = queries.Count,
                IndexSeconds = Math.Round(indexSeconds, 3),
                Stemmer = options.Stemmer.ToString().ToLowerInvariant(),
                Metrics = qrels is null ? [] : RetrievalMetrics.Evaluate(run, qrels),
                Latency = Latency.Of(millis.Cast<double>().ToList()),
                Slowest = SlowQuery.Slowest(queries, millis, SlowestShown),
                Passes = options.Passes,
                Warmup = options.Warmup,
                K = options.K,
                Empty = run.Values.Count(r => r.Count == 0),
                RunPath = options.RunPath,
            };
        }
        finally
        {
            if (scratch is not null && System.IO.Directory.Exists(scratch)) System.IO.Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>How many of the slowest queries a report lists.</summary>
    public const int SlowestShown = 10;

    private static void WriteRun(string path, IEnumerable<(string Id, string Text)> queries,
        Dictionary<string, IReadOnlyList<(string Id, float Score)>> run)
    {
        using var output = new StreamWriter(path);
        foreach (var (qid, _) in queries)
        {
            int rank = 0;
            foreach (var (doc, score) in run[qid])
                output.WriteLine($"{qid} Q0 {doc} {++rank} {score.ToString("R", CultureInfo.InvariantCulture)} depesche");
        }
    }
}
