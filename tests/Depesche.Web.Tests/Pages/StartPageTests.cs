using System.Xml.Linq;
using Depesche.Web.Tests.TestSupport;

namespace Depesche.Web.Tests.Pages;

/// <summary>The start page and the RSS feed.</summary>
public sealed class StartPageTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private TestWeb Web => corpus.Web;

    [Fact]
    public async Task The_start_page_has_the_query_box_the_archive_size_and_the_newest_per_category()
    {
        string html = await Web.GetOk("/");
        Assert.Contains("<form class=\"search-form\" id=\"suchformular\" action=\"/suche\" method=\"get\" role=\"search\">", html);
        int articles = Directory.GetFiles(SharedData.Samples, "*.txt").Length + 2;
        Assert.Contains($"Das Archiv enthält {articles} Artikel", Markup.Element(html, "archivgroesse"));
        Assert.Contains("data-category=\"politik\"", html);
        Assert.Contains("href=\"/suche?kategorie=politik&amp;sortierung=datum\"", html);
        Assert.Contains("Weißrussland kündigt großes Manöver", html);
        Assert.Equal(1, Markup.Count(html, ">Hochwasser in Passau: Altstadt teilweise überflutet</a>"));
    }

    [Fact]
    public async Task The_feed_is_rss_of_the_newest_matches_with_hostile_text_as_text()
    {
        using var response = await Web.Client.GetAsync("/feed?q=Schadcode%20OR%20Weissrussland");
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var titles = rss.Descendants("item").Select(i => i.Element("title")!.Value).ToList();
        Assert.Equal(4, titles.Count);
        Assert.Contains(TestArchive.HostileHeadline, titles);
        Assert.Equal(TestArchive.HostileHeadline, titles[^1]);
        Assert.All(rss.Descendants("link"), l => Assert.StartsWith("http://localhost/", l.Value));
    }
}
