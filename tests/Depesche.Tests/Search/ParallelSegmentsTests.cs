using Depesche.Search;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Search;

/// <summary>
/// A search that collects its hits over the segments on several threads answers exactly what one pass over the
/// segments answers: the same hits in the same order with the same scores (ties included), the same total and the
/// same facets, over 900 real articles in three segments; a search by date, which stays on one thread, as well.
/// </summary>
public sealed class ParallelSegmentsTests : IDisposable
{
    private readonly TestArchive _test = TestArchive.OfShared("eval/known-item-zeitgeist/corpus.jsonl", 900, commitEvery: 300);

    // Real queries of the known-item set: headlines as typed, in ASCII, plain, and three of their words.
    private static List<string> Queries() => File.ReadLines(SharedData.PathOf("eval/known-item-zeitgeist/queries.tsv"))
        .Select(line => line.Split('\t')[1]).Where((_, i) => i % 40 == 0).Concat(["Trump", "Ukraine Krieg", "die"]).ToList();

    [Fact]
    public void The_test_archive_has_three_segments()
    {
        Assert.Equal(3, _test.Archive.WithSearcher(s => s.IndexReader.Leaves.Count));
    }

    // Searches of other tests running at the same time take their share of the threads: 64 leaves every segment its
    // own thread even then.
    [Theory]
    [InlineData(2, SortOrder.Relevance)]
    [InlineData(64, SortOrder.Relevance)]
    [InlineData(64, SortOrder.Date)]
    public void Searches_on_several_threads_answer_as_one_pass_does(int threads, SortOrder sort)
    {
        var onePass = new ArchiveSearch(_test.Archive) { SearchThreads = 1 };
        var shared = new ArchiveSearch(_test.Archive) { SearchThreads = threads, ParallelFrom = 0 };
        int withHits = 0;
        foreach (string query in Queries())
        {
            var request = new SearchRequest { Query = query, Limit = 50, Snippets = false, Sort = sort };
            var expected = onePass.Search(request);
            var actual = shared.Search(request);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Match, actual.Match);
            Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
            Assert.Equal(expected.Facets!.Source, actual.Facets!.Source);
            Assert.Equal(expected.Facets.Category, actual.Facets.Category);
            Assert.Equal(expected.Facets.Month, actual.Facets.Month);
            if (expected.Total > 10) withHits++;
        }
        Assert.True(withHits >= 20, $"only {withHits} queries found more than ten articles");
    }

    [Fact]
    public void Top_ids_on_several_threads_are_those_of_one_pass()
    {
        var onePass = new ArchiveSearch(_test.Archive) { SearchThreads = 1 };
        var shared = new ArchiveSearch(_test.Archive) { SearchThreads = 64, ParallelFrom = 0 };
        foreach (string query in Queries())
            Assert.Equal(onePass.TopIds(query, 100), shared.TopIds(query, 100));
    }

    [Fact]
    public void A_small_archive_is_searched_on_one_thread()
    {
        var parts = _test.Archive.WithSearcher(s => ParallelSegments.Run(s, ParallelSegments.DefaultParallelFrom, 2, () => new List<int>(), (seen, leaf) =>
        {
            seen.Add(leaf.Ord);
            return true;
        }));
        Assert.Equal([[0, 1, 2]], parts);
    }

    [Fact]
    public void Every_segment_is_collected_once_each_thread_in_document_order()
    {
        for (int round = 0; round < 20; round++)
        {
            var parts = _test.Archive.WithSearcher(s => ParallelSegments.Run(s, 0, 3, () => new List<int>(), (seen, leaf) =>
            {
                seen.Add(leaf.Ord);
                Thread.Sleep(2);
                return true;
            }));
            Assert.Equal([0, 1, 2], parts.SelectMany(ords => ords).Order());
            Assert.All(parts, ords => Assert.Equal(ords.Order(), ords));
        }
    }

    [Fact]
    public void A_thread_whose_time_is_up_takes_no_further_segment()
    {
        var parts = _test.Archive.WithSearcher(s => ParallelSegments.Run(s, 0, 1, () => new List<int>(), (seen, leaf) =>
        {
            seen.Add(leaf.Ord);
            return false;
        }));
        Assert.Equal([[0]], parts);
    }

    public void Dispose() => _test.Dispose();
}
