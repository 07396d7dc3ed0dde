using Depesche.Articles;
using Depesche.Index;
using Depesche.Search;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Index;

/// <summary>Facet counts over several segments, replaced articles and new commits agree with counting the articles one by one.</summary>
public sealed class FacetCounterTests
{
    private static readonly DateTimeOffset May = new(2024, 5, 31, 23, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June = new(2024, 6, 1, 0, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Counts_every_live_article_of_every_segment_once()
    {
        using var archive = new TestArchive(
        [
            TestArchive.Draft("Brand in Köln", "Feuerwehr im Einsatz.", "wdr", "lokales", May, "a1"),
            TestArchive.Draft("Wahl in Bayern", "Die Stimmen werden ausgezählt.", "br", "politik", June, "a2"),
        ]);
        // Two more commits: three segments, and a2 replaced by a version in another category (its old copy is deleted).
        Commit(archive, TestArchive.Draft("Stau auf der A1", "Sperrung nach Unfall.", "wdr", "verkehr", June, "a3"));
        Commit(archive, TestArchive.Draft("Wahl in Bayern: Ergebnis", "Die Stimmen sind ausgezählt.", "br", "lokales", June, "a2"));
        Assert.True(archive.Archive.Refresh());
        Assert.True(archive.Archive.WithSearcher(s => s.IndexReader.Leaves.Count) >= 2);

        var all = archive.Search.Search(new SearchRequest()).Facets!;
        Assert.Equal([new FacetValue("wdr", 2), new FacetValue("br", 1)], all.Source);
        Assert.Equal([new FacetValue("lokales", 2), new FacetValue("verkehr", 1)], all.Category);
        // Months are those of the UTC date: 23:30 on 31 May is May.
        Assert.Equal([new FacetValue("2024-05", 1), new FacetValue("2024-06", 2)], all.Month);

        var stats = archive.Archive.Stats();
        Assert.Equal(all.Source, stats.Sources);
        Assert.Equal(all.Category, stats.Categories);

        var wahl = archive.Search.Search(new SearchRequest { Query = "Wahl" }).Facets!;
        Assert.Equal([new FacetValue("br", 1)], wahl.Source);
        Assert.Equal([new FacetValue("lokales", 1)], wahl.Category);
    }

    private static void Commit(TestArchive archive, ArticleDraft draft)
    {
        using var writer = ArchiveWriter.Open(archive.DataFolder, TimeSpan.FromSeconds(5));
        writer.Upsert(ArticleFactory.Create(draft, writer.Now));
        writer.Commit("test");
    }
}
