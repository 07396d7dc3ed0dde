using Depesche.Search;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.TestArchive;

namespace Depesche.Tests.Search;

public sealed class ArchiveSearchTests : IDisposable
{
    private static readonly DateTimeOffset May = new(2024, 5, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June = new(2024, 6, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly TestArchive _archive = new([
        Draft("Außenminister reist nach Weißrussland", "MINSK: Der Außenminister traf in Minsk seinen Amtskollegen. Die Gespräche dauerten drei Stunden.", "dpa", "politik", May),
        Draft("Neue Straße in Köln eröffnet", "KÖLN: Die Straße verbindet zwei Stadtteile. Anwohner hatten jahrelang gewartet.", "wdr", "lokales", June),
        Draft("Strassenbau in Zürich verzögert sich", "ZÜRICH: Die Bauarbeiten an der Strasse dauern länger als geplant.", "nzz", "lokales", June),
        Draft("Präsident Lukaschenko empfängt Gäste aus China", "Der belarussische Präsident sprach von enger Zusammenarbeit.", "toi", "allgemeines", May),
        Draft("Umleitung in Bern", "Die Strasse bleibt bis Freitag gesperrt.", "sda", "verkehr", May),
        Draft("Umleitung in Bonn", "Die Straße bleibt bis Freitag gesperrt.", "dpa", "verkehr", May),
        Draft("Fußball: Bayern gewinnt knapp", "MÜNCHEN: Das Spiel endete zwei zu eins. Der Trainer lobte die Abwehr.", "kicker", "sport", June),
    ]);

    [Theory]
    [InlineData("Weißrussland")]
    [InlineData("Weissrussland")]
    [InlineData("weissrussland")]
    [InlineData("WEISSRUSSLAND")]
    [InlineData("Aussenminister")]
    public void Folded_spellings_find_the_umlaut_and_eszett_article(string query)
    {
        Assert.Equal("Außenminister reist nach Weißrussland", Assert.Single(_archive.Find(query).Hits).Headline);
    }

    [Fact]
    public void Exact_spelling_ranks_above_the_folded_one()
    {
        var hits = _archive.Headlines("Straße gesperrt");
        Assert.Equal(["Umleitung in Bonn", "Umleitung in Bern"], hits);
        hits = _archive.Headlines("Strasse gesperrt");
        Assert.Equal(["Umleitung in Bern", "Umleitung in Bonn"], hits);
    }

    [Fact]
    public void Short_queries_need_all_their_words()
    {
        var response = _archive.Find("Straße Köln");
        Assert.Equal("all", response.Match);
        Assert.Equal("Neue Straße in Köln eröffnet", Assert.Single(response.Hits).Headline);
    }

    [Fact]
    public void A_question_ranks_its_words_instead_of_requiring_them()
    {
        var response = _archive.Find("Wo ist die Straße in Köln?");
        Assert.Equal("any", response.Match);
        Assert.Equal("Neue Straße in Köln eröffnet", response.Hits[0].Headline);
        Assert.Contains("Umleitung in Bonn", response.Hits.Select(h => h.Headline));
        Assert.Equal("all", _archive.Find("Wo ist die Straße in Köln").Match);
    }

    [Fact]
    public void Questions_and_keyword_searches_have_their_own_bm25()
    {
        var other = new ArchiveSearch(_archive.Archive, Ranking.Default with { AnyK1 = 1.2f, AnyB = 0.75f });
        static float Best(ArchiveSearch search, string query) => search.Search(new SearchRequest { Query = query }).Hits[0].Score;
        Assert.NotEqual(Best(_archive.Search, "Wo ist die Straße in Köln?"), Best(other, "Wo ist die Straße in Köln?"));
        Assert.Equal(Best(_archive.Search, "Straße Köln"), Best(other, "Straße Köln"));
    }

    [Fact]
    public void When_no_article_has_all_words_partial_matches_are_shown_with_a_note()
    {
        var response = _archive.Find("Straße Lukaschenko");
        Assert.Equal("any", response.Match);
        Assert.Contains(response.Notes, n => n.Code == "partial-match");
        Assert.True(response.Total >= 2);
    }

    [Fact]
    public void Phrase_and_exclusion_and_or_work()
    {
        Assert.Equal("Fußball: Bayern gewinnt knapp", Assert.Single(_archive.Find("\"zwei zu eins\"").Hits).Headline);
        Assert.Empty(_archive.Find("\"eins zu zwei\"").Hits);
        Assert.DoesNotContain("Neue Straße in Köln eröffnet", _archive.Headlines("Straße -Köln"));
        Assert.Equal(2, _archive.Find("Lukaschenko OR Fußball").Total);
    }

    [Fact]
    public void Field_filters_and_prefixes()
    {
        Assert.Equal("Präsident Lukaschenko empfängt Gäste aus China", Assert.Single(_archive.Find("source:toi").Hits).Headline);
        Assert.Equal(2, _archive.Find("category:lokales").Total);
        Assert.Equal(4, _archive.Find("Stra*").Total);
        Assert.Single(_archive.Find("title:Zürich").Hits);
    }

    [Fact]
    public void Forgiving_syntax_never_fails()
    {
        var r = _archive.Find("Koalitionsausschuss: Lukaschenko");
        Assert.Equal("any", r.Match);
        Assert.Contains("Lukaschenko", r.Hits[0].Headline);
        Assert.Single(_archive.Find("Lukaschenko ? - !").Hits);
        var unclosed = _archive.Find("\"Lukaschenko China");
        Assert.Contains(unclosed.Notes, n => n.Code == "syntax");
        Assert.Single(unclosed.Hits);
    }

    [Fact]
    public void Facets_count_every_hit_and_filters_narrow()
    {
        var all = _archive.Search.Search(new SearchRequest());
        Assert.Equal(7, all.Total);
        Assert.Equal(2, all.Facets!.Category.Single(f => f.Value == "lokales").Count);
        Assert.Equal(["2024-05", "2024-06"], all.Facets.Month.Select(m => m.Value));
        var june = _archive.Search.Search(new SearchRequest { From = new DateOnly(2024, 6, 1), To = new DateOnly(2024, 6, 2) });
        Assert.Equal(3, june.Total);
        var wdr = _archive.Search.Search(new SearchRequest { Query = "Straße", Sources = ["WDR"] });
        Assert.Equal("Neue Straße in Köln eröffnet", Assert.Single(wdr.Hits).Headline);
    }

    [Fact]
    public void Hits_past_the_time_limit_show_their_opening_and_the_answer_says_so()
    {
        // No time left for snippets at all: every hit shows its article's opening, escaped and unmarked.
        var hurried = new ArchiveSearch(_archive.Archive) { SnippetReserve = new ArchiveSearch(_archive.Archive).TimeLimit };
        var response = hurried.Search(new SearchRequest { Query = "Zusammenarbeit" });
        var hit = Assert.Single(response.Hits);
        Assert.Equal("Der belarussische Präsident sprach von enger Zusammenarbeit.", System.Net.WebUtility.HtmlDecode(hit.Snippet));
        Assert.Equal(hit.Headline, System.Net.WebUtility.HtmlDecode(hit.HeadlineHighlighted));
        Assert.Contains(response.Notes, n => n.Code == "time-limit" && n.Message.Contains("opening"));
        Assert.Equal(_archive.Find("Zusammenarbeit").Total, response.Total);
    }

    [Fact]
    public void Snippets_mark_the_matched_words()
    {
        var hit = _archive.Find("Zusammenarbeit").Hits[0];
        Assert.Contains("<mark>Zusammenarbeit</mark>", hit.Snippet);
        var titled = _archive.Find("Weissrussland").Hits[0];
        Assert.Contains("<mark>Weißrussland</mark>", titled.HeadlineHighlighted);
    }

    [Fact]
    public void A_query_of_stop_words_only_finds_nothing_and_says_why()
    {
        var r = _archive.Find("über bis");
        Assert.Equal(0, r.Total);
        Assert.Equal(2, r.Notes.Count(n => n.Code == "stopword"));
    }

    [Fact]
    public void A_headline_of_stop_words_is_found_by_typing_it()
    {
        using var archive = new TestArchive([
            Draft("Das ist kein Zufall", "Der Bürgermeister erklärt den Haushalt."),
            Draft("Kein Zufall im Rathaus", "Das ist eine andere Geschichte."),
        ]);
        Assert.Equal("Das ist kein Zufall", Assert.Single(archive.Find("Das ist kein").Hits).Headline);
    }

    [Theory]
    [InlineData("Gewerkschaft ruft zu Warnstreiks im Nahverkehr auf")]
    [InlineData("Gewerkschaft ruft zu Warnstreiks im Nahverkehr")]
    [InlineData("Warnstreiks im Nahverkehr")]
    public void A_headline_typed_in_order_ranks_its_article_first(string query)
    {
        // The other article uses the same words more often, so without the headline's word order it ranks first.
        using var archive = new TestArchive([
            Draft("Gewerkschaft ruft zu Nahverkehr-Warnstreiks am Donnerstag auf",
                "Die Gewerkschaft ruft zu Warnstreiks im Nahverkehr auf. Warnstreiks im Nahverkehr treffen Pendler; die Gewerkschaft plant weitere Warnstreiks.", id: "other"),
            Draft("Gewerkschaft ruft zu Warnstreiks im Nahverkehr auf",
                "Busse und Bahnen bleiben am Freitag in den Depots, kündigte die Gewerkschaft an.", id: "typed"),
        ]);
        Assert.Equal("typed", archive.Find(query).Hits[0].Id);
    }

    [Fact]
    public void Words_standing_together_rank_above_the_same_words_far_apart()
    {
        using var archive = new TestArchive([
            // The same words in both, so only their order differs: BM25 alone ties them (and keeps "far" first).
            Draft("Bericht eins", "Regierung sagte lange nichts zu Wetter Sport Kultur Musik Theater und dann Hafen Kino Film Oper Ballett Ausbau", id: "far"),
            Draft("Bericht zwei", "Wetter Sport Kultur Musik Theater Kino Film Oper Ballett lange nichts zu und dann sagte Regierung Hafen Ausbau", id: "near"),
        ]);
        var ids = archive.Find("Regierung Hafen Ausbau").Hits.Select(h => h.Id).ToList();
        Assert.Equal(["near", "far"], ids);
    }

    [Fact]
    public void Few_hits_bring_a_did_you_mean_with_the_archives_spelling()
    {
        using var archive = new TestArchive([
            Draft("Lukaschenko trifft Putin", "Lukaschenko sprach in Minsk."),
            Draft("Lukaschenko besucht Peking", "Lukaschenko lobte die Zusammenarbeit."),
            Draft("Wetter in Minsk", "Es regnet."),
        ]);
        var r = archive.Find("Lukashenka Minsk");
        Assert.Equal("Lukaschenko Minsk", r.DidYouMean);
        Assert.Null(archive.Find("Lukaschenko").DidYouMean);
        Assert.Null(archive.Find("Zusammenbruch").DidYouMean);
    }

    [Fact]
    public void Sorting_by_date_puts_the_newest_first()
    {
        var r = _archive.Search.Search(new SearchRequest { Query = "", Sort = SortOrder.Date });
        Assert.True(r.Hits.Zip(r.Hits.Skip(1)).All(p => p.First.Date >= p.Second.Date));
    }

    public void Dispose() => _archive.Dispose();
}
