using System.Diagnostics;
using System.Text.RegularExpressions;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Reliability;

/// <summary>
/// One crash trial: <c>depesche ingest</c> of a <see cref="GeneratedCorpus"/> in a child process, killed with
/// SIGKILL at a chosen <see cref="Moment"/>; then the archive must open and pass Lucene's index check,
/// hold every article of the last commit the ingest reported (<c>commit N: ... durable; last input: path:line</c>)
/// in exactly that version or a later one, nothing that is not in the input, no id twice; and the same
/// ingest run again must end with every article in its final version, each once.
/// </summary>
public static partial class CrashTrial
{
    /// <summary>When to kill.</summary>
    public enum Moment
    {
        /// <summary>After a random delay from the start.</summary>
        Timed,

        /// <summary>A few milliseconds after a randomly chosen commit was reported (the next flush and the merges it starts).</summary>
        AfterCommit,

        /// <summary>As soon as a commit is half done: its <c>segments_N</c> written, not yet named in <c>segments.gen</c>.</summary>
        DuringCommit,

        /// <summary>As soon as segment files appear that no commit references (a flush or a merge writing).</summary>
        DuringSegmentWrite,
    }

    /// <summary>What one trial did and found.</summary>
    public sealed record Result(int Trial, Moment Kill, string Detail, string StateAtKill, bool Killed, int CommitsReported,
        int ArticlesRequired, int ArticlesFound, IReadOnlyList<string> Failures)
    {
        public override string ToString() =>
            $"trial {Trial}: kill {Kill} ({Detail}) -> {(Killed ? StateAtKill : "ended before the kill")}; " +
            $"{CommitsReported} commits reported, {ArticlesRequired} articles required, {ArticlesFound} found; " +
            (Failures.Count == 0 ? "ok" : "FAILED: " + string.Join("; ", Failures));
    }

    /// <summary>Runs trial <paramref name="trial"/> in <paramref name="dataFolder"/> (an empty folder) with choices from <paramref name="random"/>.</summary>
    public static Result Run(int trial, GeneratedCorpus corpus, string dataFolder, Moment kill, Random random, int commitEvery)
    {
        string[] args = ["ingest", "--data", dataFolder, "--commit-every", commitEvery.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--threads", (1 + random.Next(2)).ToString(System.Globalization.CultureInfo.InvariantCulture), corpus.Folder];
        int commitsExpected = Math.Max(1, corpus.Records.Count / commitEvery);
        // The chosen commit falls in the first half of the run, so that a kill after it still meets a running ingest
        // on a fast machine too (1,500 small articles take about a second, their commits some 30 ms apart).
        int commitToWait = 1 + random.Next(Math.Max(1, commitsExpected / 2));
        // A timed kill falls anywhere in a run, whose length grows with its commits (each a few tens of milliseconds).
        int delayMs = random.Next(kill == Moment.AfterCommit ? 40 : 200 + 60 * commitsExpected);
        var failures = new List<string>();
        string state;
        bool killed;
        using (var child = CliProcess.Start(args))
        {
            var commitSeen = new ManualResetEventSlim();
            int reported = 0;
            child.ErrorLine += line =>
            {
                if (CommitLine().IsMatch(line) && Interlocked.Increment(ref reported) >= commitToWait) commitSeen.Set();
            };
            var clock = Stopwatch.StartNew();
            var deadline = TimeSpan.FromSeconds(60);
            switch (kill)
            {
                case Moment.Timed:
                    child.WaitForExitOrTimeout(TimeSpan.FromMilliseconds(300 + delayMs));
                    break;
                case Moment.AfterCommit:
                    while (!commitSeen.Wait(10) && !child.HasExited && clock.Elapsed < deadline) { }
                    Thread.Sleep(delayMs);
                    break;
                default:
                    string wanted = kill == Moment.DuringCommit ? IndexFolderState.Committing : IndexFolderState.WritingSegment;
                    // Waits for the chosen commit first, so kills spread over the run instead of all hitting the first one.
                    while (!commitSeen.Wait(5) && !child.HasExited && clock.Elapsed < deadline) { }
                    while (!child.HasExited && clock.Elapsed < deadline && IndexFolderState.Of(dataFolder) != wanted) Thread.SpinWait(2000);
                    break;
            }
            state = IndexFolderState.Of(dataFolder);
            killed = !child.HasExited;
            child.Kill();
            if (!killed && child.ExitCode != 0) failures.Add($"ingest ended by itself with exit {child.ExitCode}: {child}");
            var commits = child.Error.Where(l => CommitLine().IsMatch(l)).ToList();
            string? lastPlace = commits.Count == 0 ? null : CommitLine().Match(commits[^1]).Groups["place"].Value;
            var required = corpus.StateThrough(lastPlace);
            int found = CheckAfterCrash(corpus, dataFolder, lastPlace, required, failures);
            if (failures.Count == 0) CheckAfterRerun(corpus, dataFolder, args, failures);
            string detail = kill switch
            {
                Moment.Timed => $"{300 + delayMs} ms after start",
                Moment.AfterCommit => $"{delayMs} ms after commit {commitToWait}",
                _ => $"after commit {commitToWait}",
            };
            return new Result(trial, kill, detail, state, killed, commits.Count, required.Count, found, failures);
        }
    }

    // The archive right after the kill: opens, is clean, holds every committed article in its committed version
    // (or a later one: a commit can finish just before the kill and its line never be printed), nothing else.
    private static int CheckAfterCrash(GeneratedCorpus corpus, string dataFolder, string? lastPlace,
        Dictionary<string, GeneratedCorpus.Record> required, List<string> failures)
    {
        ArchiveContents contents;
        try
        {
            contents = ArchiveContents.Read(dataFolder);
        }
        catch (DepescheException e) when (e.Kind == FailureKind.Archive && required.Count == 0)
        {
            return 0; // killed before the first commit: there is no archive yet, and none was promised
        }
        catch (Exception e)
        {
            failures.Add($"the archive does not open after the kill: {e.GetType().Name}: {e.Message}");
            return 0;
        }
        if (!contents.Clean) failures.Add($"the index check failed after the kill: {contents.CheckMessage}");
        if (contents.DuplicateIds.Count > 0) failures.Add($"ids stored twice after the kill: {string.Join(", ", contents.DuplicateIds.Take(5))}");
        var stored = contents.Articles.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var (id, record) in required)
        {
            if (!stored.TryGetValue(id, out var article)) failures.Add($"{id} (committed at {record.Place}) is missing");
            else if (!record.SameAs(article) && !corpus.HoldsAfter(article, lastPlace!))
                failures.Add($"{id} (committed at {record.Place}) is damaged or older than committed");
        }
        foreach (var article in contents.Articles)
            if (corpus.PositionOf(article) < 0) failures.Add($"{article.Id} is stored with content that no input holds");
        return contents.Articles.Count;
    }

    // The same ingest again completes the set: every article once, in its final version.
    private static void CheckAfterRerun(GeneratedCorpus corpus, string dataFolder, string[] args, List<string> failures)
    {
        using var rerun = CliProcess.Run(args);
        if (rerun.ExitCode != 0)
        {
            failures.Add($"the re-run failed: {rerun}");
            return;
        }
        var contents = ArchiveContents.Read(dataFolder);
        var final = corpus.FinalState();
        if (!contents.Clean) failures.Add($"the index check failed after the re-run: {contents.CheckMessage}");
        if (contents.DuplicateIds.Count > 0) failures.Add($"ids stored twice after the re-run: {string.Join(", ", contents.DuplicateIds.Take(5))}");
        if (contents.Articles.Count != final.Count) failures.Add($"after the re-run {contents.Articles.Count} articles, expected {final.Count}");
        var stored = contents.Articles.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var (id, record) in final)
            if (!stored.TryGetValue(id, out var article) || !record.SameAs(article))
                failures.Add($"{id} is {(article is null ? "missing" : "not its final version")} after the re-run");
    }

    [GeneratedRegex(@"^commit (?<n>\d+): [\d,.]+ articles durable; last input: (?<place>.+:\d+)$")]
    private static partial Regex CommitLine();
}
