using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Depesche.Evaluation;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Evaluation;

public sealed class RetrievalMetricsTests
{
    private const double Precision = 1e-9;

    private static Dictionary<string, IReadOnlyList<(string Id, float Score)>> Run(params (string Qid, (string, float)[] Rows)[] queries) =>
        queries.ToDictionary(q => q.Qid, q => (IReadOnlyList<(string, float)>)q.Rows, StringComparer.Ordinal);

    private static Dictionary<string, Dictionary<string, int>> Qrels(params (string Qid, string Doc, int Rel)[] lines)
    {
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (qid, doc, rel) in lines)
        {
            if (!qrels.TryGetValue(qid, out var docs)) qrels[qid] = docs = new Dictionary<string, int>(StringComparer.Ordinal);
            docs[doc] = rel;
        }
        return qrels;
    }

    private static (string, float)[] Ranked(params string[] docs) => docs.Select((d, i) => (d, 100f - i)).ToArray();

    private static MetricValues Overall(Dictionary<string, IReadOnlyList<(string Id, float Score)>> run,
        Dictionary<string, Dictionary<string, int>> qrels) => RetrievalMetrics.Evaluate(run, qrels)[0];

    [Fact]
    public void One_relevant_document_at_rank_two()
    {
        var m = Overall(Run(("q1", Ranked("d1", "d2", "d3"))), Qrels(("q1", "d2", 1)));
        Assert.Equal("all", m.Group);
        Assert.Equal(1, m.Queries);
        Assert.Equal(0.5, m.Mrr10, Precision);
        Assert.Equal(1 / Math.Log2(3), m.Ndcg10, Precision);
        Assert.Equal(1.0, m.Recall100, Precision);
    }

    [Fact]
    public void Rows_are_ordered_by_score_then_by_doc_id_descending_whatever_their_order_in_the_run()
    {
        var qrels = Qrels(("q1", "d1", 1));
        Assert.Equal(0.5, Overall(Run(("q1", [("d3", 0.5f), ("d1", 1f), ("d2", 1f)])), qrels).Mrr10, Precision);
        // Ordinal order: "d9" > "d10", so d9 comes first among equal scores.
        Assert.Equal(0.5, Overall(Run(("q1", [("d10", 1f), ("d9", 1f)])), Qrels(("q1", "d10", 1))).Mrr10, Precision);
        Assert.Equal(1.0, Overall(Run(("q1", [("d10", 1f), ("d9", 1f)])), Qrels(("q1", "d9", 1))).Mrr10, Precision);
    }

    [Fact]
    public void A_duplicate_document_keeps_its_best_place_and_takes_no_other()
    {
        var run = Run(("q1", [("d1", 0.9f), ("d1", 0.8f), ("d1", 0.7f), ("d2", 0.6f), ("d2", 0.95f)]));
        var m = Overall(run, Qrels(("q1", "d1", 1)));
        Assert.Equal(0.5, m.Mrr10, Precision);

        m = Overall(Run(("q1", [("d1", 0.9f), ("d1", 0.8f)])), Qrels(("q1", "d1", 1), ("q1", "d2", 1)));
        Assert.Equal(0.5, m.Recall100, Precision);
    }

    [Fact]
    public void A_query_missing_from_the_run_scores_zero_and_one_without_relevant_documents_is_not_counted()
    {
        var run = Run(("q1", Ranked("d1")));
        var m = Overall(run, Qrels(("q1", "d1", 1), ("q2", "d5", 1), ("q3", "d1", 0)));
        Assert.Equal(2, m.Queries);
        Assert.Equal(0.5, m.Mrr10, Precision);
        Assert.Equal(0.5, m.Ndcg10, Precision);
        Assert.Equal(0.5, m.Recall100, Precision);
    }

    [Fact]
    public void Ndcg_uses_graded_relevance_against_the_ideal_order()
    {
        var m = Overall(Run(("q1", Ranked("d2", "d1", "d9"))), Qrels(("q1", "d1", 3), ("q1", "d2", 1), ("q1", "d3", 2)));
        // dcg = 1/log2(2) + 3/log2(3); ideal = 3/log2(2) + 2/log2(3) + 1/log2(4)
        Assert.Equal(0.607492, m.Ndcg10, 6);
        Assert.Equal(1.0, m.Mrr10, Precision);
        Assert.Equal(2.0 / 3, m.Recall100, Precision);
    }

    [Fact]
    public void Mrr_and_ndcg_look_at_the_top_10_and_recall_at_the_top_100()
    {
        var docs = Enumerable.Range(1, 101).Select(i => $"n{i:000}").ToArray();
        docs[10] = "hit11";
        docs[100] = "hit101";
        var m = Overall(Run(("q1", Ranked(docs))), Qrels(("q1", "hit11", 1), ("q1", "hit101", 1)));
        Assert.Equal(0.0, m.Mrr10, Precision);
        Assert.Equal(0.0, m.Ndcg10, Precision);
        Assert.Equal(0.5, m.Recall100, Precision);
    }

    [Fact]
    public void Each_query_id_suffix_gets_its_own_line_after_the_overall_one()
    {
        var run = Run(("q1-a", Ranked("r", "x")), ("q2-b", Ranked("x", "r")), ("q3-a", Ranked("x", "y", "r")));
        var qrels = Qrels(("q3-a", "r", 1), ("q2-b", "r", 1), ("q1-a", "r", 1));
        var metrics = RetrievalMetrics.Evaluate(run, qrels);
        Assert.Equal(["all", "-a", "-b"], metrics.Select(m => m.Group));
        Assert.Equal([3, 2, 1], metrics.Select(m => m.Queries));
        Assert.Equal((1 + 0.5 + 1.0 / 3) / 3, metrics[0].Mrr10, Precision);
        Assert.Equal((1 + 1.0 / 3) / 2, metrics[1].Mrr10, Precision);
        Assert.Equal(0.5, metrics[2].Mrr10, Precision);
    }

    [Fact]
    public void With_one_suffix_only_the_overall_line_is_given()
    {
        var metrics = RetrievalMetrics.Evaluate(Run(("q1-a", Ranked("r"))), Qrels(("q1-a", "r", 1), ("q2-a", "r", 1)));
        Assert.Equal("all", Assert.Single(metrics).Group);
    }

    [Theory]
    [InlineData("z0001-exact", "-exact")]
    [InlineData("a-b-c", "-c")]
    [InlineData("q17", "-")]
    [InlineData("q17-", "-")]
    public void The_suffix_is_the_text_from_the_last_hyphen(string qid, string suffix)
    {
        Assert.Equal(suffix, RetrievalMetrics.SuffixOf(qid));
    }

    [Fact]
    public void Agrees_with_the_reference_evaluator_to_four_decimals()
    {
        using var scratch = new TempDirectory();
        var random = new Random(1129);
        var run = new Dictionary<string, IReadOnlyList<(string Id, float Score)>>(StringComparer.Ordinal);
        var runText = new StringBuilder();
        var qrelsText = new StringBuilder();
        for (int q = 0; q < 56; q++)
        {
            string qid = q % 8 == 7 ? $"x{q}" : $"q{q:000}-{(random.Next(2) == 0 ? "a" : "b")}";
            // Small pools give duplicates, ties and early hits; large ones hits beyond ranks 10 and 100.
            int pool = random.Next(4) == 0 ? random.Next(100, 250) : random.Next(3, 30);
            for (int j = random.Next(0, 9); j > 0; j--)
                qrelsText.AppendLine(CultureInfo.InvariantCulture, $"{qid} 0 d{random.Next(0, pool)} {random.Next(0, 4)}");
            if (q % 9 == 4) continue; // judged but never retrieved
            var rows = new List<(string, float)>();
            for (int r = random.Next(0, 160); r > 0; r--)
            {
                float score = random.Next(3) == 0 ? (float)random.NextDouble() * 30 : random.Next(0, 40) / 4f;
                rows.Add(($"d{random.Next(0, pool)}", score));
            }
            run[qid] = rows;
            int rank = 0;
            foreach (var (doc, score) in rows)
                runText.AppendLine(CultureInfo.InvariantCulture, $"{qid} Q0 {doc} {++rank} {score.ToString("R", CultureInfo.InvariantCulture)} depesche");
        }
        run["unjudged-a"] = [("d1", 1f)];
        runText.AppendLine("unjudged-a Q0 d1 1 1 depesche");
        string runPath = scratch.Write("run.txt", runText.ToString());
        string qrelsPath = scratch.Write("qrels.txt", qrelsText.ToString());

        var ours = RetrievalMetrics.Evaluate(run, Depesche.Evaluation.Qrels.Load(qrelsPath));
        var theirs = ReferenceEvaluator(runPath, qrelsPath);

        Assert.True(ours[0].Queries > 30, "the random qrels should judge most queries");
        Assert.Equal(theirs.Select(Line), ours.Select(Line));
    }

    private static string Line(MetricValues m) => string.Create(CultureInfo.InvariantCulture,
        $"{m.Group} queries={m.Queries} MRR@10={m.Mrr10:F4} nDCG@10={m.Ndcg10:F4} Recall@100={m.Recall100:F4}");

    /// <summary>Runs <c>eval.py --group-by-suffix</c> and reads its lines (overall first, as ours).</summary>
    private static List<MetricValues> ReferenceEvaluator(string runPath, string qrelsPath)
    {
        string script = SharedData.PathOf("../peers/eval.py");
        Assert.True(File.Exists(script), $"the reference evaluator is missing: {script}");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { script, runPath, qrelsPath, "--group-by-suffix" }) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process");
        }
        catch (Win32Exception e)
        {
            throw new Xunit.Sdk.XunitException($"python3 is needed to run {script} (it is on every machine here): {e.Message}");
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(30_000), "eval.py did not finish within 30 s");
            Assert.True(process.ExitCode == 0, $"eval.py failed ({process.ExitCode}): {stderr.Result}");

            var pattern = new Regex(@"^(?:group=(\S+) )?queries=(\d+) MRR@10=([\d.]+) nDCG@10=([\d.]+) Recall@100=([\d.]+)$");
            var groups = new List<MetricValues>();
            MetricValues? overall = null;
            foreach (string line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var m = pattern.Match(line);
                Assert.True(m.Success, $"unexpected eval.py line: {line}");
                var values = new MetricValues(m.Groups[1].Success ? m.Groups[1].Value : "all", int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                    Number(m.Groups[3].Value), Number(m.Groups[4].Value), Number(m.Groups[5].Value));
                if (m.Groups[1].Success) groups.Add(values);
                else overall = values;
            }
            Assert.NotNull(overall);
            Assert.True(groups.Count >= 3, $"expected groups -a, -b and -, got: {stdout}");
            return [overall, .. groups];
        }
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
