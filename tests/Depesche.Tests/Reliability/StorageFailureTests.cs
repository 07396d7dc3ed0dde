using System.Diagnostics;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Reliability;

/// <summary>
/// A full disk and a read-only data folder, made real with a small tmpfs (<see cref="SmallDisk"/>): ingest
/// stops with one clear line and exit 6 (storage), and the archive still opens with everything committed
/// before. Skipped when not root (mounting needs it); as root (CI) a mount that fails is a failure.
/// </summary>
public sealed class StorageFailureTests : IDisposable
{
    private readonly TempDirectory _work = new();

    [SkippableFact]
    public void A_full_disk_stops_ingest_with_exit_6_and_keeps_every_reported_commit()
    {
        using var disk = Disk(3);
        var corpus = GeneratedCorpus.Write(_work.PathOf("corpus"), 5000, seed: 7);
        string data = disk.PathOf("data");
        string[] ingest = ["ingest", "--data", data, "--commit-every", "500", corpus.Folder];

        using var full = CliProcess.Run(ingest);

        Assert.True(full.ExitCode == 6, full.ToString());
        string failure = Assert.Single(full.Error, l => l.StartsWith("depesche:", StringComparison.Ordinal));
        Assert.Contains("No space left on device", failure);
        Assert.Contains("everything committed before is kept", failure);
        Assert.DoesNotContain(full.Error, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        var committed = LastCommittedPlace(full);
        Assert.NotNull(committed);
        AssertHolds(data, corpus.StateThrough(committed));

        // With room again, the same ingest completes the set.
        disk.Grow(64);
        using var rerun = CliProcess.Run(ingest);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        AssertHolds(data, corpus.FinalState(), exactly: true);
    }

    [SkippableFact]
    public void A_read_only_data_folder_is_a_storage_error_at_once_and_the_archive_still_answers()
    {
        using var disk = Disk(32);
        var first = GeneratedCorpus.Write(_work.PathOf("first"), 200, seed: 8, idPrefix: "eins");
        var second = GeneratedCorpus.Write(_work.PathOf("second"), 50, seed: 9, idPrefix: "zwei");
        string data = disk.PathOf("data");
        using (var ingest = CliProcess.Run(["ingest", "--data", data, first.Folder]))
            Assert.True(ingest.ExitCode == 0, ingest.ToString());
        disk.MakeReadOnly();

        var clock = Stopwatch.StartNew();
        using var refused = CliProcess.Run(["ingest", "--data", data, "--wait", "30", second.Folder]);

        Assert.True(refused.ExitCode == 6, refused.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed.TotalSeconds:0.0} s: it waited for a lock instead of failing");
        string failure = Assert.Single(refused.Error);
        Assert.StartsWith($"depesche: {data}: cannot write the archive", failure);
        Assert.Contains("Read-only file system", failure);
        using var search = CliProcess.Run(["search", "--data", data, "--json", "Regierung"]);
        Assert.True(search.ExitCode == 0, search.ToString());
        AssertHolds(data, first.FinalState(), exactly: true);
    }

    public void Dispose() => _work.Dispose();

    private static SmallDisk Disk(int megabytes)
    {
        var disk = SmallDisk.TryMount(megabytes, out string problem);
        Skip.If(disk is null && Environment.UserName != "root", problem);
        Assert.True(disk is not null, $"running as root, yet no tmpfs: {problem}");
        return disk!;
    }

    private static string? LastCommittedPlace(CliProcess run) => run.Error
        .Where(l => l.StartsWith("commit ", StringComparison.Ordinal))
        .Select(l => l[(l.IndexOf("last input: ", StringComparison.Ordinal) + "last input: ".Length)..]).LastOrDefault();

    private static void AssertHolds(string data, Dictionary<string, GeneratedCorpus.Record> expected, bool exactly = false)
    {
        var contents = ArchiveContents.Read(data);
        Assert.True(contents.Clean, contents.CheckMessage);
        Assert.Empty(contents.DuplicateIds);
        var stored = contents.Articles.ToDictionary(a => a.Id);
        foreach (var (id, record) in expected)
            Assert.True(stored.TryGetValue(id, out var article) && record.SameAs(article), $"{id} (from {record.Place}) is missing or changed");
        if (exactly) Assert.Equal(expected.Count, contents.Articles.Count);
    }
}
