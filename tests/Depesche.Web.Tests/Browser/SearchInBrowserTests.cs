using Depesche.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Depesche.Web.Tests.Browser;

/// <summary>Searching in Chromium as a reader does: typing a query, clicking facets, chips and chart bars, and with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Searching_Weissrussland_from_the_start_page_shows_the_seed_article_with_the_word_marked()
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToAsync("/");
        await tab.Page.Locator("#q").FillAsync("Weissrussland");
        await tab.Page.Locator("#suchen").ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/suche\?q=Weissrussland$"));
        await Expect(tab.Page.Locator("#trefferzahl")).ToContainTextAsync("3 Treffer in");
        var seed = tab.Page.Locator("#treffer .hit").Filter(new() { HasText = TestArchive.SeedHeadline });
        await Expect(seed).ToHaveCountAsync(1);
        var mark = seed.Locator(".hit-title mark").First;
        await Expect(mark).ToHaveTextAsync("Weißrussland");
        await Expect(mark).ToBeVisibleAsync();
        await Expect(mark).ToHaveCSSAsync("background-color", "rgb(255, 228, 107)");
        await Expect(seed.Locator(".dateline")).ToHaveTextAsync("TALLINN");
        await Expect(tab.Page.Locator("#q")).ToHaveValueAsync("Weissrussland");
        Assert.Empty(tab.ScriptErrors);
    }

    [Fact]
    public async Task Clicking_a_source_facet_filters_and_its_chip_removes_the_filter_again()
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToAsync("/suche?q=Weissrussland");
        await tab.Page.Locator("#facette-quelle a[data-value='toi']").ClickAsync();

        await Expect(tab.Page.Locator("#trefferzahl")).ToContainTextAsync("1 Treffer in");
        await Expect(tab.Page.Locator("#treffer .hit")).ToHaveCountAsync(1);
        await Expect(tab.Page.Locator("#treffer")).ToContainTextAsync(TestArchive.SeedHeadline);
        await Expect(tab.Page.Locator("#aktive-filter .chip")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Quelle: toi"));
        await Expect(tab.Page.Locator("#facette-quelle a.active")).ToHaveAttributeAsync("data-value", "toi");

        await tab.Page.Locator("#aktive-filter .chip-remove").ClickAsync();
        await Expect(tab.Page.Locator("#trefferzahl")).ToContainTextAsync("3 Treffer in");
        await Expect(tab.Page.Locator("#aktive-filter")).ToHaveCountAsync(0);
        await Expect(tab.Page.Locator("#q")).ToHaveValueAsync("Weissrussland");
    }

    [Fact]
    public async Task Clicking_a_bar_of_the_month_chart_narrows_to_its_month()
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToAsync("/suche");
        var may = tab.Page.Locator("#monatsdiagramm a.bar-link[data-month='2024-05']");
        await Expect(may).ToBeVisibleAsync();
        await may.ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("monat=2024-05"));
        await Expect(tab.Page.Locator("#trefferzahl")).ToContainTextAsync("1 Treffer in");
        await Expect(tab.Page.Locator("#aktive-filter")).ToContainTextAsync("Monat: Mai 2024");
    }

    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_which_leads_to_the_content()
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToAsync("/suche?q=Weissrussland");
        await tab.Page.Keyboard.PressAsync("Tab");

        var skip = tab.Page.Locator("a.skip-link");
        await Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 }, $"the focused skip link is off screen: {box?.Y}");
        await tab.Page.Keyboard.PressAsync("Enter");

        await Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#inhalt$"));
        await Expect(tab.Page.Locator("main#inhalt")).ToBeFocusedAsync();
        await tab.Page.Keyboard.PressAsync("Tab");
        await Expect(tab.Page.Locator("#q")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_search_can_be_typed_and_sent_with_the_keyboard_alone()
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToAsync("/");
        string? focused = null;
        for (int presses = 0; presses < 8 && focused != "q"; presses++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            focused = await tab.Page.EvaluateAsync<string?>("() => document.activeElement?.id");
        }
        Assert.Equal("q", focused);

        await tab.Page.Keyboard.TypeAsync("Weissrussland");
        await tab.Page.Keyboard.PressAsync("Enter");
        await Expect(tab.Page.Locator("#treffer")).ToContainTextAsync(TestArchive.SeedHeadline);
        await Expect(tab.Page.Locator("#treffer-1 a")).ToBeVisibleAsync();
    }
}
