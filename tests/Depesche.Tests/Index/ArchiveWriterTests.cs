using System.Diagnostics;
using Depesche.Articles;
using Depesche.Index;
using Depesche.Tests.TestSupport;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Depesche.Tests.Index;

public sealed class ArchiveWriterTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _data = new();

    [Fact]
    public void A_second_writer_waits_then_reports_busy_while_readers_keep_reading()
    {
        using (var first = ArchiveWriter.Open(_data.Path, TimeSpan.FromSeconds(1)))
        {
            first.Upsert(Article("Erster Artikel", "Text eins."));
            first.Commit("a");
            var clock = Stopwatch.StartNew();
            var busy = Assert.Throws<DepescheException>(() => ArchiveWriter.Open(_data.Path, TimeSpan.FromSeconds(1)));
            Assert.Equal(FailureKind.Busy, busy.Kind);
            Assert.Contains("busy", busy.Message);
            Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"gave up after {clock.Elapsed}");

            var cli = CliRun.Of("ingest", "--data", _data.Path, "--wait", "0", _data.Path);
            Assert.Equal(4, cli.ExitCode);

            using var archive = Archive.Open(_data.Path);
            Assert.Equal(1, archive.Stats().Articles);
        }
        using var again = ArchiveWriter.Open(_data.Path, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Uncommitted_articles_are_not_stored_and_committed_ones_are()
    {
        using (var writer = ArchiveWriter.Open(_data.Path, TimeSpan.FromSeconds(1)))
        {
            writer.Upsert(Article("Bleibt", "Wird gespeichert."));
            writer.Commit("eins");
            writer.Upsert(Article("Geht verloren", "Wird nie bestätigt."));
        }
        using var archive = Archive.Open(_data.Path);
        var stats = archive.Stats();
        Assert.Equal(1, stats.Articles);
        Assert.Equal("eins", stats.LastInput);
    }

    [Fact]
    public void Identical_copies_collapse_and_changed_versions_replace()
    {
        var a = Article("Gleich", "Derselbe Text.");
        var b = Article("Anders", "Ein anderer Text.");
        using (var writer = ArchiveWriter.Open(_data.Path, TimeSpan.FromSeconds(1)))
        {
            Assert.Equal(UpsertOutcome.Added, writer.Upsert(a));
            Assert.Equal(UpsertOutcome.Unchanged, writer.Upsert(a));
            writer.Commit("x");
            Assert.Equal(UpsertOutcome.Unchanged, writer.Upsert(a));
            Assert.Equal(UpsertOutcome.Replaced, writer.Upsert(a with { Paragraphs = ["Neuer Text."] }));
            Assert.Equal(UpsertOutcome.Added, writer.Upsert(b));
            writer.Commit("y");
        }
        // A writer opened on a stored archive finds what earlier writers stored.
        using (var writer = ArchiveWriter.Open(_data.Path, TimeSpan.FromSeconds(1)))
        {
            Assert.Equal(UpsertOutcome.Unchanged, writer.Upsert(b));
            Assert.Equal(UpsertOutcome.Replaced, writer.Upsert(a));
            writer.Commit("z");
        }
        using var archive = Archive.Open(_data.Path);
        Assert.Equal(2, archive.Stats().Articles);
    }

    [Fact]
    public void Small_segments_left_by_many_commits_are_merged_into_one_and_nothing_is_lost()
    {
        using (var writer = ArchiveWriter.Open(_data.Path, TimeSpan.FromSeconds(1)))
        {
            for (int i = 0; i < 60; i++) writer.Upsert(Article($"Großer Bestand {i}", $"Artikel Nummer {i} im ersten Schub."));
            writer.Commit("gross");
            for (int batch = 0; batch < 4; batch++)
            {
                writer.Upsert(Article($"Nachtrag {batch}", $"Ein kleiner Nachtrag, Schub {batch}."));
                writer.Commit($"klein-{batch}");
            }
            Assert.Equal(5, Segments());
            writer.MergeSmallSegments("klein-3");
        }
        Assert.Equal(2, Segments());
        using var archive = Archive.Open(_data.Path);
        var stats = archive.Stats();
        Assert.Equal(64, stats.Articles);
        Assert.Equal("klein-3", stats.LastInput);
    }

    private int Segments()
    {
        using var dir = FSDirectory.Open(DataFolder.IndexPath(_data.Path));
        using var reader = DirectoryReader.Open(dir);
        return reader.Leaves.Count;
    }

    [Fact]
    public void An_index_of_another_schema_version_is_refused_with_what_to_do()
    {
        string indexPath = DataFolder.IndexPath(_data.Path);
        using (var dir = FSDirectory.Open(indexPath))
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            writer.SetCommitData(new Dictionary<string, string> { [Schema.VersionKey] = "0" });
            writer.Commit();
        }
        var e = Assert.Throws<DepescheException>(() => Archive.Open(_data.Path));
        Assert.Equal(FailureKind.Archive, e.Kind);
        Assert.Contains("schema version 0", e.Message);
        Assert.Contains("new --data folder", e.Message);
        Assert.Equal(5, CliRun.Of("ingest", "--data", _data.Path, _data.Path).ExitCode);
    }

    private static Article Article(string headline, string body) =>
        ArticleFactory.Create(new ArticleDraft { Headline = headline, Paragraphs = [body], Source = "test" }, Now);

    public void Dispose() => _data.Dispose();
}
