using System.Diagnostics;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Reliability;

/// <summary>
/// Two <c>depesche ingest</c> processes on one data folder: the second waits for the first (up to
/// <c>--wait</c>) and then stores its articles, or gives up with exit 4 ("busy"); a search meanwhile never
/// waits; the archive ends holding both sets, each article once, and passes Lucene's index check.
/// </summary>
public sealed class TwoWritersTests : IDisposable
{
    private readonly TempDirectory _work = new();

    [Fact]
    public async Task A_second_ingest_waits_or_reports_busy_and_the_archive_holds_both_sets()
    {
        var long_ = GeneratedCorpus.Write(_work.PathOf("long"), 400, files: 1, seed: 10, idPrefix: "lang");
        var short_ = GeneratedCorpus.Write(_work.PathOf("short"), 60, seed: 11, idPrefix: "kurz");
        string data = _work.PathOf("data");
        // The first ingest reads its articles from a named pipe, so it is still writing, whatever the machine's speed,
        // until the test has seen the second one wait and give up (a corpus on disk was once indexed before that).
        string[] lines = File.ReadAllLines(Directory.GetFiles(long_.Folder).Single());
        string pipe = _work.PathOf("long.jsonl");
        using (var mkfifo = Process.Start("mkfifo", pipe)) mkfifo.WaitForExit();

        using var first = CliProcess.Start("ingest", "--data", data, "--commit-every", "25", pipe);
        var committed = new ManualResetEventSlim();
        first.ErrorLine += line => { if (line.StartsWith("commit ", StringComparison.Ordinal)) committed.Set(); };
        // Opening the pipe waits for the ingest to open it for reading.
        var opening = Task.Run(() => new StreamWriter(pipe));
        if (await Task.WhenAny(opening, Task.Delay(TimeSpan.FromSeconds(60))) != opening)
            Assert.Fail($"the first ingest never opened its input:\n{first}");
        using var feed = await opening;
        foreach (string line in lines.Take(lines.Length / 2)) feed.WriteLine(line);
        feed.Flush();
        Assert.True(committed.Wait(TimeSpan.FromSeconds(60)) || first.Error.Any(l => l.StartsWith("commit ", StringComparison.Ordinal)), first.ToString());

        var clock = Stopwatch.StartNew();
        using var impatient = CliProcess.Run(["ingest", "--data", data, "--wait", "1", short_.Folder]);
        double waited = clock.Elapsed.TotalSeconds;
        bool firstStillRunning = !first.HasExited;
        using var patient = CliProcess.Start("ingest", "--data", data, "--wait", "120", short_.Folder);
        using var search = CliProcess.Run(["search", "--data", data, "--json", "Regierung"]);
        foreach (string line in lines.Skip(lines.Length / 2)) feed.WriteLine(line);
        feed.Close();

        first.WaitForExit(TimeSpan.FromMinutes(2));
        patient.WaitForExit(TimeSpan.FromMinutes(2));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(firstStillRunning, $"the first ingest ended before the second gave up; the test proves nothing:\n{impatient}");
        Assert.True(impatient.ExitCode == 4, impatient.ToString());
        Assert.Contains("busy: another process is writing this archive", Assert.Single(impatient.Error));
        Assert.True(waited >= 0.9, $"gave up after {waited:0.00} s, before its --wait of 1 s");
        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.True(patient.ExitCode == 0, patient.ToString());

        var contents = ArchiveContents.Read(data);
        Assert.True(contents.Clean, contents.CheckMessage);
        Assert.Empty(contents.DuplicateIds);
        Assert.Equal(long_.DistinctIds + short_.DistinctIds, contents.Articles.Count);
    }

    public void Dispose() => _work.Dispose();
}
