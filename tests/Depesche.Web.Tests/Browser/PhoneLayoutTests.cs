using Depesche.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Depesche.Web.Tests.Browser;

/// <summary>On a phone's screen (375 × 740) no page scrolls sideways, and the query box and the hits are there to use.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/suche?q=Weissrussland")]
    [InlineData("/suche?q=Weissrussland&quelle=toi&monat=2026-11")]
    [InlineData("/suche?q=Schadcode")]
    [InlineData("/artikel/" + TestArchive.SeedSlug + "?q=Weissrussland")]
    public async Task The_page_fits_a_phone_without_sideways_scrolling(string url)
    {
        await using var tab = await browser.OpenAsync(phone: true);
        await tab.GoToAsync(url);
        var widths = await tab.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{url}: the page is {widths[0]} px wide on a {widths[1]} px screen");
        // Overflow hidden inside a box does not widen the page, but its content is cut off for the reader.
        string[] cut = await tab.Page.EvaluateAsync<string[]>("""
            width => [...document.querySelectorAll('main *')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -0.5 || r.right > width + 0.5); })
                .map(e => e.outerHTML.slice(0, 120))
            """, widths[1]);
        Assert.True(cut.Length == 0, $"{url}: beyond the screen's edge:\n{string.Join("\n", cut)}");
    }

    [Fact]
    public async Task The_query_box_button_and_first_hit_are_visible_on_a_phone()
    {
        await using var tab = await browser.OpenAsync(phone: true);
        await tab.GoToAsync("/suche?q=Weissrussland");
        foreach (string selector in new[] { "#q", "#suchen", "#trefferzahl", "#treffer-1 a" })
        {
            await Expect(tab.Page.Locator(selector)).ToBeVisibleAsync();
            await Expect(tab.Page.Locator(selector)).ToBeInViewportAsync();
        }
        var box = await tab.Page.Locator("#q").BoundingBoxAsync();
        Assert.True(box is { Width: >= 200, Height: >= 40 }, $"the query box is {box?.Width} × {box?.Height} px");
    }
}
