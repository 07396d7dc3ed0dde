using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Reliability;

/// <summary>
/// SIGKILL during ingest loses nothing that was reported durable (docs/reliability.md). A few trials run here;
/// bench/crash-test.sh runs many more through this same test, sized by environment variables:
/// <c>DEPESCHE_CRASH_TRIALS</c>, <c>DEPESCHE_CRASH_ARTICLES</c>, <c>DEPESCHE_CRASH_SEED</c>, and
/// <c>DEPESCHE_CRASH_REPORT</c> (a file that gets one line per trial).
/// </summary>
public sealed class CrashTests
{
    [Fact]
    public void Sigkill_at_any_moment_keeps_every_reported_commit_and_a_rerun_completes_the_set()
    {
        int trials = Setting("DEPESCHE_CRASH_TRIALS", 4);
        int articles = Setting("DEPESCHE_CRASH_ARTICLES", 1500);
        int seed = Setting("DEPESCHE_CRASH_SEED", 6);
        int commitEvery = Setting("DEPESCHE_CRASH_COMMIT_EVERY", 50);
        string? report = Environment.GetEnvironmentVariable("DEPESCHE_CRASH_REPORT");
        using var work = new TempDirectory();
        var corpus = GeneratedCorpus.Write(work.PathOf("corpus"), articles, seed: seed);
        var random = new Random(seed);
        var moments = Enum.GetValues<CrashTrial.Moment>();
        var results = new List<CrashTrial.Result>();
        for (int trial = 1; trial <= trials; trial++)
        {
            var result = CrashTrial.Run(trial, corpus, work.PathOf($"data-{trial}"), moments[(trial - 1) % moments.Length], random, commitEvery);
            results.Add(result);
            if (report is not null) File.AppendAllText(report, result + Environment.NewLine);
            Directory.Delete(work.PathOf($"data-{trial}"), recursive: true);
        }
        var failed = results.Where(r => r.Failures.Count > 0).ToList();
        string summary = $"trials: {results.Count}, killed mid-run: {results.Count(r => r.Killed)}, failures: {failed.Count}; " +
            string.Join(", ", results.Where(r => r.Killed).GroupBy(r => r.StateAtKill).Select(g => $"{g.Count()} x {g.Key}"));
        if (report is not null) File.AppendAllText(report, summary + Environment.NewLine);
        Assert.True(failed.Count == 0, summary + "\n" + string.Join("\n", failed));
        Assert.True(results.Count(r => r.Killed) >= (trials + 1) / 2, "most trials must kill a running ingest:\n" + string.Join("\n", results));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out int value) ? value : fallback;
}
