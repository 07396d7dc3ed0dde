using Depesche.Web.Tests.TestSupport;

namespace Depesche.Web.Tests.Pages;

/// <summary>The search page over the seed article, the samples and a hostile article, as a reader without JavaScript uses it.</summary>
public sealed class SearchPageTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{

    private TestWeb Web => corpus.Web;

    [Fact]
    public async Task Searching_Weissrussland_shows_the_seed_article_with_its_matches_marked()
    {
        string html = await Web.GetOk("/suche?q=Weissrussland");
        string results = Markup.Element(html, "treffer");
        Assert.Contains(TestArchive.SeedHeadline, results);
        Assert.Contains("<mark>Weißrussland</mark>", results);
        Assert.Contains($"href=\"/artikel/{TestArchive.SeedSlug}?q=Weissrussland\"", results);
        Assert.Contains("<span class=\"dateline\">TALLINN</span>", results);
        Assert.Contains("<span class=\"source\">toi</span>", results);
        Assert.Contains("3 Treffer in", Markup.Element(html, "trefferzahl"));
        Assert.Contains("value=\"Weissrussland\"", html);
    }

    [Fact]
    public async Task A_source_facet_filters_and_its_chip_takes_the_filter_away_again()
    {
        string all = await Web.GetOk("/suche?q=Weissrussland");
        string filtered = await Web.GetOk(Markup.LinkWith(all, "data-value=\"toi\""));
        Assert.Contains("1 Treffer in", Markup.Element(filtered, "trefferzahl"));
        Assert.Contains(TestArchive.SeedHeadline, Markup.Element(filtered, "treffer"));
        Assert.Contains("Quelle: toi", Markup.Element(filtered, "aktive-filter"));

        var remove = Assert.Single(Markup.Links(filtered, "chip-remove"));
        string again = await Web.GetOk(remove);
        Assert.Contains("3 Treffer in", Markup.Element(again, "trefferzahl"));
        Assert.DoesNotContain("id=\"aktive-filter\"", again);
    }

    [Fact]
    public async Task The_month_chart_has_one_linked_bar_per_month_with_matches_and_each_bar_narrows_to_its_month()
    {
        string html = await Web.GetOk("/suche");
        string chart = Markup.Element(html, "monatsdiagramm");
        Assert.Contains("<svg", chart);
        var bars = Markup.Links(chart, "bar-link");
        Assert.Equal(2, bars.Count);
        Assert.Contains("aria-label=\"Mai 2024: 1 Treffer\"", chart);
        Assert.Contains("<title>Mai 2024: 1 Treffer</title>", chart);
        Assert.Contains(">Mai 2024</text>", chart);
        Assert.Contains(">November 2026</text>", chart);

        string may = await Web.GetOk(bars[0]);
        Assert.Contains("monat=2024-05", bars[0]);
        Assert.Contains("1 Treffer in", Markup.Element(may, "trefferzahl"));
        Assert.Contains("Monat: Mai 2024", Markup.Element(may, "aktive-filter"));
    }

    [Fact]
    public async Task Results_page_through_and_sort_by_date()
    {
        string first = await Web.GetOk("/suche");
        var next = Assert.Single(Markup.Links(first, "page-next"));
        Assert.Contains("seite=2", next);
        string second = await Web.GetOk(next);
        Assert.Contains("<ol class=\"results\" id=\"treffer\" start=\"11\">", second);
        Assert.Single(Markup.Links(second, "page-prev"));

        string byDate = await Web.GetOk(Markup.LinkWith(await Web.GetOk("/suche?q=Schadcode OR Weissrussland"), "id=\"sortierung-datum\""));
        Assert.Contains("aria-current=\"true\">Datum</a>", byDate);
        string results = Markup.Element(byDate, "treffer");
        int seed = results.IndexOf(TestArchive.SeedHeadline, StringComparison.Ordinal), hostile = results.IndexOf("<mark>Schadcode</mark>-Test", StringComparison.Ordinal);
        Assert.True(seed >= 0 && hostile > seed, "the 2026 articles come before the one of 2024 when sorted by date");
    }

    [Fact]
    public async Task An_empty_result_says_so_and_a_misspelling_gets_a_suggestion()
    {
        string none = await Web.GetOk("/suche?q=Quixotrabzumbel");
        Assert.Contains("Keine Treffer", Markup.Element(none, "keine-treffer"));
        Assert.Contains("0 Treffer", Markup.Element(none, "trefferzahl"));

        string misspelled = await Web.GetOk("/suche?q=Lukaschenka");
        string suggestion = Markup.Element(misspelled, "meinten-sie");
        Assert.Contains("Meinten Sie", misspelled);
        Assert.Contains("Lukaschenko", suggestion);
    }

    [Fact]
    public async Task A_query_with_a_syntax_error_is_searched_and_the_error_is_explained()
    {
        string html = await Web.GetOk("/suche?q=%22Weissrussland");
        string notes = Markup.Element(html, "hinweise");
        Assert.Contains("notice-syntax", notes);
        Assert.Contains("Syntaxfehler", notes);
        Assert.Contains("never closed", notes);
        Assert.Contains(TestArchive.SeedHeadline, Markup.Element(html, "treffer"));
    }

    [Fact]
    public async Task A_parameter_the_page_cannot_read_is_left_out_with_a_note()
    {
        string html = await Web.GetOk("/suche?q=Weissrussland&von=gestern");
        Assert.Contains("„gestern“", Markup.Element(html, "hinweise"));
        Assert.Contains("3 Treffer in", Markup.Element(html, "trefferzahl"));
    }

    [Fact]
    public async Task The_hostile_article_is_text_in_every_page_never_markup()
    {
        foreach (string url in new[] { "/suche?q=Schadcode", "/suche?sortierung=datum&monat=2024-05", "/feed?q=Schadcode", "/", "/artikel/" + HostileSlug(), "/artikel/" + HostileSlug() + "?q=Schadcode" })
        {
            string html = await Web.GetOk(url);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            if (url != "/") Assert.Contains("&lt;script&gt;", html);
        }
        string article = await Web.GetOk("/artikel/" + HostileSlug() + "?q=Schadcode");
        Assert.Contains("&lt;img src=x onerror=&quot;alert(&#39;absatz&#39;)&quot;&gt;", article);
        Assert.Contains("<mark>Schadcode</mark>", article);
    }

    [Fact]
    public async Task Every_answer_carries_the_content_security_policy_and_no_sniffing()
    {
        foreach (string url in new[] { "/", "/suche?q=Minsk", "/api/search?q=Minsk", "/artikel/gibt-es-nicht", "/static/depesche.css" })
        {
            using var response = await Web.Client.GetAsync(url);
            string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'none'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task Pages_have_the_landmarks_labels_and_language_a_screen_reader_needs()
    {
        foreach (string url in new[] { "/", "/suche?q=Weissrussland", "/artikel/" + TestArchive.SeedSlug })
        {
            string html = await Web.GetOk(url);
            Assert.Contains("<html lang=\"de\">", html);
            Assert.Equal(1, Markup.Count(html, "<main"));
            Assert.Equal(1, Markup.Count(html, "<header class=\"site-header\""));
            Assert.Contains("<nav class=\"site-nav\" id=\"navigation\" aria-label=\"Hauptnavigation\">", html);
            Assert.Contains("<footer", html);
            Assert.Contains("<a class=\"skip-link\" href=\"#inhalt\">", html);
            if (html.Contains("<input id=\"q\"")) Assert.Contains("<label for=\"q\">", html);
            Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
            Assert.Equal(1, Markup.Count(html, "<h1"));
        }
    }

    private static string HostileSlug() => Depesche.Articles.Slug.FromHeadline(TestArchive.HostileHeadline);
}
