using System.Text.Json;
using Depesche.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Depesche.Web.Tests.Browser;

/// <summary>The article page in Chromium: its paragraphs, and the query's words marked when the reader came from a search.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ArticleInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_hit_opens_the_article_with_every_paragraph_and_the_querys_word_marked()
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToAsync("/suche?q=Weissrussland");
        await tab.Page.Locator("#treffer .hit-title a").Filter(new() { HasText = TestArchive.SeedHeadline }).ClickAsync();

        await Expect(tab.Page.Locator("#artikel-titel")).ToContainTextAsync(TestArchive.SeedHeadline);
        var paragraphs = tab.Page.Locator("#artikeltext p");
        await Expect(paragraphs).ToHaveCountAsync(await ParagraphCount(tab, TestArchive.SeedSlug));
        await Expect(paragraphs.First).ToContainTextAsync("TALLINN: Chinesischer Verteidigungsminister Li Shangfu");
        await Expect(paragraphs.First).ToBeVisibleAsync();
        await Expect(tab.Page.Locator("#artikeltext mark").First).ToHaveTextAsync("Weißrussland");
        await Expect(tab.Page.Locator("#artikel-titel mark")).ToHaveTextAsync("Weißrussland");
        await Expect(tab.Page.Locator("#zurueck-zur-suche")).ToHaveAttributeAsync("href", "/suche?q=Weissrussland");
        await Expect(tab.Page.Locator("#aehnliche-artikel li").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_a_query_the_article_has_no_marks()
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToAsync("/artikel/" + TestArchive.SeedSlug);
        await Expect(tab.Page.Locator("#artikeltext p").First).ToBeVisibleAsync();
        await Expect(tab.Page.Locator("mark")).ToHaveCountAsync(0);
        await Expect(tab.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Chinas Verteidigungsminister.* – Depesche$"));
    }

    private static async Task<int> ParagraphCount(WatchedPage tab, string slug)
    {
        var response = await tab.Page.APIRequest.GetAsync("/api/articles/" + slug);
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("article").GetProperty("paragraphs").GetArrayLength();
    }
}
