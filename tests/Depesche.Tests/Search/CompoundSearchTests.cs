using System.Diagnostics;
using Depesche.Articles;
using Depesche.Index;
using Depesche.Search;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.TestArchive;

namespace Depesche.Tests.Search;

/// <summary>Compound parts at query time: a part finds its compounds, a compound its parts written apart, no fragments.</summary>
public sealed class CompoundSearchTests : IDisposable
{
    private readonly TestArchive _archive = new([
        Draft("Verteidigungsminister besucht Litauen", "Der Verteidigungsminister sprach mit Soldaten.", id: "vm"),
        Draft("Minister tritt zurück", "Der Minister erklärte seinen Rücktritt.", id: "m"),
        Draft("Minister für Verteidigung in Riga", "Der Minister für Verteidigung traf Kollegen.", id: "mfv"),
        Draft("Debatte über Verteidigung", "Die Verteidigung des Landes kostet Geld.", id: "v"),
        Draft("Enge Zusammenarbeit vereinbart", "Beide Länder wollen die Zusammenarbeit ausbauen.", id: "za"),
        Draft("Arbeit und Lohn", "Die Arbeit wird besser bezahlt.", id: "a"),
        Draft("Wahlen in Weißrussland", "In Weißrussland wird gewählt.", id: "wr"),
        Draft("Russland droht", "Russland warnt den Westen.", id: "r"),
        Draft("Hühnerkäfig wird verboten", "Der Hühnerkäfig soll verschwinden.", id: "hk"),
        Draft("Der Käfig bleibt leer", "Ein Käfig im Zoo.", id: "k"),
        Draft("Hühner auf dem Hof", "Die Hühner legen Eier. Ein Huhn fehlt.", id: "h"),
        Draft("Armut wächst", "Die Armut nimmt zu.", id: "armut"),
        Draft("Armee übt", "Die Armee probt den Ernstfall.", id: "armee"),
        Draft("Neuer Apparat", "Der Apparat piept.", id: "apparat"),
        Draft("Referat gehalten", "Das Referat war lang.", id: "referat"),
        Draft("Wandel im Klima", "Der Wandel ist spürbar.", id: "wandel"),
        Draft("Arm gebrochen", "Der Arm ist gebrochen.", id: "arm"),
        Draft("Der Rat tagt", "Der Rat beschließt.", id: "rat"),
        Draft("Wand bemalt", "Die Wand ist bunt.", id: "wand"),
        // The archive's own vocabulary teaches the splitter its words: these two are common in any archive.
        Draft("Alle packen mit an", "Sie arbeiten zusammen am Haus, das weiß gestrichen wird.", id: "x"),
    ]);

    [Theory]
    [InlineData("Minister", "vm")]
    [InlineData("Verteidigung", "vm")]
    [InlineData("Arbeit", "za")]
    [InlineData("Russland", "wr")]
    [InlineData("Käfig", "hk")]
    [InlineData("Huhn", "hk")]
    public void A_part_finds_the_compounds_that_contain_it(string query, string compound)
    {
        Assert.Contains(compound, Ids(query));
    }

    [Theory]
    [InlineData("Minister", "m", "vm")]
    [InlineData("Russland", "r", "wr")]
    [InlineData("Käfig", "k", "hk")]
    public void The_word_itself_ranks_above_its_compounds(string query, string exact, string compound)
    {
        var ids = Ids(query);
        Assert.True(ids.IndexOf(exact) >= 0 && ids.IndexOf(exact) < ids.IndexOf(compound), string.Join(",", ids));
    }

    [Theory]
    [InlineData("Arm", "armut")]
    [InlineData("Arm", "armee")]
    [InlineData("Rat", "apparat")]
    [InlineData("Rat", "referat")]
    [InlineData("Wand", "wandel")]
    public void No_fragment_matches(string query, string notWanted)
    {
        Assert.DoesNotContain(notWanted, Ids(query));
    }

    [Fact]
    public void A_compound_finds_its_parts_written_apart_below_the_exact_match()
    {
        var ids = Ids("Verteidigungsminister");
        Assert.Equal("vm", ids[0]);
        Assert.Contains("mfv", ids);
    }

    [Fact]
    public void The_highlight_marks_the_whole_compound()
    {
        var hit = _archive.Find("Minister").Hits.Single(h => h.Id == "vm");
        Assert.Contains("<mark>Verteidigungsminister</mark>", hit.Snippet);
    }

    [Fact]
    public void The_compounds_of_a_later_commit_are_found_once_its_compound_index_is_built_beside_the_searches()
    {
        var search = new ArchiveSearch(_archive.Archive, compoundRebuildInterval: TimeSpan.Zero);
        Assert.Contains("hk", Ids(search, "Käfig"));
        CommitAffenkaefig();

        var waited = Stopwatch.StartNew();
        while (!Ids(search, "Käfig").Contains("ak") && waited.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(20);
        Assert.Contains("ak", Ids(search, "Käfig"));
    }

    [Fact]
    public void Within_the_rebuild_interval_a_later_commit_is_searched_with_the_compounds_before_it()
    {
        var search = new ArchiveSearch(_archive.Archive, compoundRebuildInterval: TimeSpan.FromHours(1));
        Assert.Contains("hk", Ids(search, "Käfig"));
        CommitAffenkaefig();

        Assert.Contains("ak", Ids(search, "Affenkäfig"));
        Thread.Sleep(200);
        Assert.DoesNotContain("ak", Ids(search, "Käfig"));
    }

    // A new compound whose parts the archive knows: Affen (from its own article) and Käfig.
    private void CommitAffenkaefig()
    {
        using (var writer = ArchiveWriter.Open(_archive.DataFolder, TimeSpan.FromSeconds(5)))
        {
            var time = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
            writer.Upsert(ArticleFactory.Create(Draft("Affen im Zoo", "Die Affen klettern.", id: "affen"), time));
            writer.Upsert(ArticleFactory.Create(Draft("Neuer Affenkäfig", "Der Affenkäfig wird gebaut.", id: "ak"), time));
            writer.Commit("test");
        }
        _archive.Archive.Refresh();
    }

    private static List<string> Ids(ArchiveSearch search, string query) =>
        search.Search(new SearchRequest { Query = query, Limit = 50 }).Hits.Select(h => h.Id).ToList();

    private List<string> Ids(string query) => _archive.Find(query, 50).Hits.Select(h => h.Id).ToList();

    public void Dispose() => _archive.Dispose();
}
