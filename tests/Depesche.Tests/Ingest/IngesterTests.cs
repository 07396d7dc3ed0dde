using Depesche.Articles;
using Depesche.Index;
using Depesche.Ingest;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Ingest;

public sealed class IngesterTests
{
    [Fact]
    public void The_later_of_two_versions_in_one_chunk_wins_whichever_thread_indexes_first()
    {
        // Both versions land in one chunk, whose articles are indexed in parallel: input order must still decide.
        for (int run = 0; run < 10; run++)
        {
            using var data = new TempDirectory();
            var items = new List<ReadItem>();
            for (int i = 0; i < 40; i++)
            {
                items.Add(Good(i, $"art-{i}", $"Erste Fassung {i}"));
                items.Add(Good(100 + i, $"art-{i}", $"Zweite Fassung {i}"));
            }
            using (var writer = ArchiveWriter.Open(data.Path, TimeSpan.FromSeconds(5)))
            {
                var result = new Ingester(writer, new IngestOptions { Threads = 4 }).Run(items);
                Assert.Equal(80, result.Read);
                Assert.Equal(80, result.Added + result.Replaced + result.Unchanged);
            }
            using var archive = Archive.Open(data.Path);
            Assert.Equal(40, archive.Stats().Articles);
            for (int i = 0; i < 40; i++) Assert.Equal($"Zweite Fassung {i}", archive.FindById($"art-{i}")!.Headline);
        }
    }

    [Fact]
    public void Commit_every_is_kept_exactly_even_below_the_chunk_size()
    {
        using var data = new TempDirectory();
        var commits = new List<long>();
        using var writer = ArchiveWriter.Open(data.Path, TimeSpan.FromSeconds(5));
        var items = Enumerable.Range(0, 250).Select(i => Good(i, $"c-{i}", $"Meldung Nummer {i}"));
        int seen = 0;
        new Ingester(writer, new IngestOptions { CommitEvery = 100 }, p =>
        {
            if (p.Commits > seen) { seen = p.Commits; commits.Add(p.Committed); }
        }).Run(items);
        Assert.Equal([100L, 200L, 250L], commits);
    }

    private static ReadItem Good(int line, string id, string headline) => ReadItem.Good("test.jsonl", line + 1, new ArticleDraft
    {
        Id = id, Headline = headline, Paragraphs = [$"Text zu {headline}."], Source = "dpa", Category = "politik",
    });
}
