using System.Text.Json;
using Depesche.Web.Tests.TestSupport;

namespace Depesche.Web.Tests.Pages;

/// <summary>The article page: the whole text, the query's words marked, the story's other versions, related articles, and 404.</summary>
public sealed class ArticlePageTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{

    private TestWeb Web => corpus.Web;

    [Fact]
    public async Task The_page_shows_every_paragraph_and_the_articles_details()
    {
        using var api = JsonDocument.Parse(await Web.GetOk("/api/articles/" + TestArchive.SeedSlug));
        var paragraphs = api.RootElement.GetProperty("article").GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();

        string html = await Web.GetOk("/artikel/" + TestArchive.SeedSlug);
        string body = Markup.Element(html, "artikeltext");
        Assert.Equal(paragraphs.Count, Markup.Count(body, "<p>"));
        Assert.StartsWith("<p>TALLINN: Chinesischer Verteidigungsminister Li Shangfu", body.Trim());
        Assert.Contains("Chinas Verteidigungsminister verspricht", Markup.Element(html, "artikel-titel"));
        string meta = Markup.Element(html, "artikel-angaben");
        Assert.Contains("toi", meta);
        Assert.Contains("Allgemeines", meta);
        Assert.Contains("29.11.2026", meta);
        Assert.Contains("TALLINN", meta);
        Assert.DoesNotContain("<mark>", html);
    }

    [Fact]
    public async Task Arriving_from_a_search_marks_the_querys_words_in_headline_and_paragraphs()
    {
        string html = await Web.GetOk("/artikel/" + TestArchive.SeedSlug + "?q=Weissrussland");
        Assert.Contains("<mark>Weißrussland</mark>", Markup.Element(html, "artikel-titel"));
        Assert.Contains("<mark>Weißrussland</mark>", Markup.Element(html, "artikeltext"));
        Assert.Contains("href=\"/suche?q=Weissrussland\"", html);
    }

    [Fact]
    public async Task Related_articles_are_the_ones_about_the_same_things()
    {
        string html = await Web.GetOk("/artikel/" + TestArchive.SeedSlug);
        string related = Markup.Element(html, "aehnliche-artikel");
        Assert.Contains("Ähnliche Artikel", related);
        var links = Markup.Links(related.Replace("<a href", "<a class=\"related\" href"), "related");
        Assert.InRange(links.Count, 1, 5);
        Assert.DoesNotContain(links, l => l.Contains(TestArchive.SeedSlug));
        Assert.Contains("weissrussland", links[0]);
    }

    [Fact]
    public async Task A_story_with_two_versions_lists_the_other_one()
    {
        using var found = JsonDocument.Parse(await Web.GetOk("/api/search?q=Hochwasser%20Passau"));
        string slug = found.RootElement.GetProperty("hits")[0].GetProperty("slug").GetString()!;
        string html = await Web.GetOk("/artikel/" + slug);
        string versions = Markup.Element(html, "andere-versionen");
        Assert.Contains("Andere Versionen", versions);
        Assert.Contains($"/artikel/{slug}?version=", versions);
    }

    [Fact]
    public async Task An_unknown_slug_answers_404_with_a_german_page()
    {
        foreach (string url in new[] { "/artikel/gibt-es-nicht", "/artikel/KEIN%20SLUG", "/gibt-es-auch-nicht" })
        {
            using var response = await Web.Client.GetAsync(url);
            string html = await response.Content.ReadAsStringAsync();
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Seite nicht gefunden", html);
            Assert.Contains("<html lang=\"de\">", html);
        }
    }
}
