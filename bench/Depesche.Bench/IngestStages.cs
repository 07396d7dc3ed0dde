using System.Diagnostics;
using Depesche.Analysis.German;
using Depesche.Articles;
using Depesche.Index;
using Depesche.Ingest;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace Depesche.Bench;

/// <summary>
/// Where ingest CPU goes, stage by stage and field by field, on one thread (CPU time, best of three, and bytes
/// allocated): reading, the article model, the one analysis pass, and Lucene indexing with each field left out in
/// turn. Whole-process figures come from bench/ingest-scale.sh; this tells which part to work on.
/// </summary>
internal static class IngestStages
{
    public static int Run(string corpus, TextWriter output)
    {
        if (!File.Exists(corpus)) throw new BenchInputException($"{corpus}: no such file");
        var items = InputDiscovery.ReadAll([corpus], new ReaderOptions()).Where(i => i.Draft is not null).ToList();
        var now = DateTimeOffset.UtcNow;
        var articles = items.Select(i => ArticleFactory.Create(i.Draft!, now)).ToList();
        output.WriteLine($"{articles.Count:N0} articles from {corpus}, one thread, best of 3");
        Measure(output, "read (JSON Lines)", () => { foreach (var _ in InputDiscovery.ReadAll([corpus], new ReaderOptions())) { } });
        Measure(output, "article model", () => { foreach (var i in items) ArticleFactory.Create(i.Draft!, now); });
        Measure(output, "content hash", () => { foreach (var a in articles) ArticleId.ContentHash(a); });
        var chain = new DocumentChain(Stemming.Default);
        Measure(output, "analysis pass", () => { foreach (var a in articles) chain.Analyse(a.Headline, a.Body); });
        Measure(output, "analysis + replays", () =>
        {
            foreach (var a in articles)
            {
                chain.Analyse(a.Headline, a.Body);
                foreach (var stream in new[] { chain.Headline, chain.HeadlineAgain, chain.Body, chain.Exact }) Drain(stream);
            }
        });
        string scratch = Path.Combine(Path.GetTempPath(), $"depesche-stages-{Environment.ProcessId}");
        try
        {
            Measure(output, "index, as ingest does", () =>
            {
                if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
                using var writer = ArchiveWriter.Open(scratch, TimeSpan.FromSeconds(1));
                foreach (var a in articles) writer.Upsert(a);
                writer.Commit("stages");
            }, runs: 2);
            Measure(output, "index, Lucene inverting", () =>
            {
                if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
                using var dir = Lucene.Net.Store.FSDirectory.Open(scratch);
                using var writer = new Lucene.Net.Index.IndexWriter(dir, IndexSettings.WriterConfig(Stemming.Default, TimeSpan.FromSeconds(1)));
                foreach (var a in articles) writer.AddDocument(DocumentBuilder.Build(a, "hash"));
                writer.Commit();
            }, runs: 2);
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
        return 0;
    }

    private static void Drain(TokenStream stream)
    {
        stream.Reset();
        while (stream.IncrementToken()) { }
        stream.End();
        stream.Dispose();
    }

    /// <summary>Runs <paramref name="run"/> once untimed, then <paramref name="runs"/> times; prints and returns the least CPU time in ms.</summary>
    internal static double Measure(TextWriter output, string name, Action run, int runs = 3)
    {
        run();
        double best = double.MaxValue;
        long allocated = 0;
        for (int r = 0; r < runs; r++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            run();
            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        output.WriteLine($"  {name,-24} {best,8:N0} ms CPU  {allocated / 1e6,8:N1} MB allocated");
        return best;
    }
}
