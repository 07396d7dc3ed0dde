using System.Globalization;
using System.Text.Json;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Eval_builds_a_throwaway_archive_writes_a_trec_run_and_scores_it()
    {
        string corpus = _dir.Write("corpus.jsonl",
            """{"id":"d1","title":"Hafen von Hamburg meldet Rekord","body":"Der Umschlag stieg kräftig."}""" + "\n" +
            """{"id":"d2","title":"Bahn baut Strecke nach Kiel aus","body":"Die Arbeiten beginnen im Mai."}""" + "\n" +
            """{"id":"d3","title":"Kieler Woche beginnt","body":"Segler aus aller Welt kommen an die Förde."}""" + "\n");
        string queries = _dir.Write("q.tsv", "q1-a\tHafen Hamburg\nq2-a\tStrecke Kiel\nq3-b\tSegler Foerde\n");
        string qrels = _dir.Write("qrels.txt", "q1-a 0 d1 1\nq2-a 0 d2 1\nq3-b 0 d3 1\n");
        string run = _dir.PathOf("run.txt");

        var result = CliRun.Of("eval", "--corpus", corpus, "--queries", queries, "--qrels", qrels, "--run", run, "--json", "--passes", "1");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var all = doc.RootElement.GetProperty("metrics")[0];
        Assert.Equal("all", all.GetProperty("group").GetString());
        Assert.Equal(1.0, all.GetProperty("mrr10").GetDouble());
        Assert.Equal(3, doc.RootElement.GetProperty("latency").GetProperty("samples").GetInt32());

        var lines = File.ReadAllLines(run);
        Assert.Contains(lines, l => l.StartsWith("q1-a Q0 d1 1 ", StringComparison.Ordinal) && l.EndsWith(" depesche", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            Assert.Equal(6, parts.Length);
            Assert.True(float.TryParse(parts[4], NumberStyles.Float, CultureInfo.InvariantCulture, out _), line);
        }
    }

    [Fact]
    public void Two_runs_over_the_same_corpus_are_identical_ties_included()
    {
        // 2,000 real passages and their 400-odd questions: enough articles for both cores, and many hits of equal score.
        string corpus = SharedData.Excerpt("eval/retrieval-xquad-de/corpus.jsonl", 2000, _dir.Path);
        string queries = _dir.Write("questions.tsv", string.Join("\n", File.ReadLines(SharedData.PathOf("eval/retrieval-xquad-de/queries.tsv")).Take(400)));
        var runs = new List<string[]>();
        for (int i = 0; i < 2; i++)
        {
            string run = _dir.PathOf($"run{i}.txt");
            var result = CliRun.Of("eval", "--corpus", corpus, "--queries", queries, "--run", run, "--passes", "0", "--warmup", "0");
            Assert.True(result.ExitCode == 0, result.Error);
            runs.Add(File.ReadAllLines(run));
        }
        Assert.Equal(runs[0], runs[1]);
        int ties = runs[0].Select(l => l.Split(' ')).GroupBy(p => (p[0], p[4])).Count(g => g.Count() > 1);
        Assert.True(ties > 100, $"only {ties} groups of hits with equal scores");
    }

    [Fact]
    public void A_missing_queries_file_is_a_usage_error()
    {
        var result = CliRun.Of("eval", "--corpus", _dir.PathOf("nope.jsonl"), "--queries", _dir.PathOf("nope.tsv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.tsv: no such file", result.Error);
    }

    public void Dispose() => _dir.Dispose();
}
