using Depesche.Index;
using Depesche.Search;
using Depesche.Web.Hosting;
using Depesche.Web.Tests.TestSupport;

namespace Depesche.Web.Tests.Hosting;

/// <summary>Repeated searches of one commit are answered from the cache; a new commit is never answered from an older one.</summary>
public sealed class SearchCacheTests : IDisposable
{
    private readonly TestArchive _folder = TestArchive.WithCorpus();
    private readonly Archive _archive;
    private readonly ArchiveSearch _search;

    public SearchCacheTests()
    {
        _archive = Archive.Open(_folder.DataFolder);
        _search = new ArchiveSearch(_archive);
    }

    [Fact]
    public void The_same_search_is_answered_from_the_cache_and_another_one_is_not()
    {
        var cache = new SearchCache(_archive, _search, 16);
        var first = cache.Search(new SearchRequest { Query = "Weissrussland" });
        var again = cache.Search(new SearchRequest { Query = "Weissrussland" });
        var filtered = cache.Search(new SearchRequest { Query = "Weissrussland", Sources = ["toi"] });

        Assert.Equal(3, first.Total);
        Assert.Same(first.Hits, again.Hits);
        Assert.Equal(1, filtered.Total);
        Assert.NotSame(first.Hits, filtered.Hits);
    }

    [Fact]
    public void A_new_commit_is_searched_afresh()
    {
        var cache = new SearchCache(_archive, _search, 16);
        var before = cache.Search(new SearchRequest { Query = "Weissrussland" });
        string more = Path.Combine(_folder.DataFolder, "more.jsonl");
        File.WriteAllText(more, """{"id": "neu-1", "title": "Weissrussland schließt Grenze", "body": "MINSK: Die Grenze ist zu.", "source": "dpa"}""" + "\n");
        _folder.Ingest(more);
        _archive.Refresh();

        var after = cache.Search(new SearchRequest { Query = "Weissrussland" });
        Assert.Equal(before.Total + 1, after.Total);
        Assert.Contains(after.Hits, h => h.Id == "neu-1");
    }

    [Fact]
    public void A_new_commit_is_warmed_with_the_searches_asked_before_and_serves_them_from_the_cache()
    {
        var cache = new SearchCache(_archive, _search, 16);
        var before = cache.Search(new SearchRequest { Query = "Weissrussland" });
        cache.Search(new SearchRequest { Query = "Minsk" });
        string more = Path.Combine(_folder.DataFolder, "more.jsonl");
        File.WriteAllText(more, """{"id": "neu-2", "title": "Weissrussland öffnet Grenze", "body": "MINSK: Die Grenze ist offen.", "source": "dpa"}""" + "\n");
        _folder.Ingest(more);
        _archive.Refresh();

        Assert.Equal(2, cache.LastWarmed);
        var first = cache.Search(new SearchRequest { Query = "Weissrussland" });
        var second = cache.Search(new SearchRequest { Query = "Weissrussland" });
        Assert.Equal(before.Total + 1, first.Total);
        Assert.Contains(first.Hits, h => h.Id == "neu-2");
        Assert.Same(first.Hits, second.Hits);
    }

    [Fact]
    public void A_cache_of_no_entries_searches_every_time()
    {
        var cache = new SearchCache(_archive, _search, 0);
        var first = cache.Search(new SearchRequest { Query = "Minsk" });
        Assert.NotSame(first.Hits, cache.Search(new SearchRequest { Query = "Minsk" }).Hits);
    }

    [Fact]
    public void A_full_cache_starts_again_rather_than_growing()
    {
        var cache = new SearchCache(_archive, _search, 2);
        var minsk = cache.Search(new SearchRequest { Query = "Minsk" });
        cache.Search(new SearchRequest { Query = "Passau" });
        cache.Search(new SearchRequest { Query = "Kiew" });
        Assert.NotSame(minsk.Hits, cache.Search(new SearchRequest { Query = "Minsk" }).Hits);
    }

    public void Dispose()
    {
        _archive.Dispose();
        _folder.Dispose();
    }
}
