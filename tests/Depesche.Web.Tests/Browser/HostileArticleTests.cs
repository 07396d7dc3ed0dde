using Depesche.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Depesche.Web.Tests.Browser;

/// <summary>
/// The hostile article (<see cref="TestArchive.HostileHeadline"/>: a <c>&lt;script&gt;</c> that alerts and
/// renames the page, an image whose <c>onerror</c> alerts, a <c>javascript:</c> link) shows as text in
/// Chromium and runs nothing, in the hit list and on its own page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileArticleTests(BrowserFixture browser)
{
    [Fact]
    public async Task Its_script_and_onerror_handler_do_not_run_in_the_hit_list_or_on_its_page()
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToAsync("/suche?q=Schadcode");
        var hit = tab.Page.Locator("#treffer .hit-title a").First;
        await Expect(hit).ToContainTextAsync("<script>alert('kopf')</script>");
        await AssertNothingRan(tab);

        await hit.ClickAsync();
        await Expect(tab.Page.Locator("#artikel-titel")).ToContainTextAsync("<img src=x onerror=alert('bild')>");
        await Expect(tab.Page.Locator("#artikeltext")).ToContainTextAsync("<script>document.title='gekapert'</script>");
        await Expect(tab.Page.Locator("a[href^='javascript:' i]")).ToHaveCountAsync(0);
        await AssertNothingRan(tab);
    }

    [Fact]
    public async Task The_watch_would_see_a_script_that_ran()
    {
        await using var tab = await browser.OpenAsync();
        await tab.Page.SetContentAsync("<script>window.__pwned = true; alert('probe')</script>");
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => window.__pwned === true"));
        Assert.Equal(["alert: probe"], tab.Dialogs);
    }

    private static async Task AssertNothingRan(WatchedPage tab)
    {
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        Assert.Empty(tab.Dialogs);
        Assert.Empty(tab.ScriptErrors);
        Assert.DoesNotContain("gekapert", await tab.Page.TitleAsync());
        Assert.False(await tab.Page.EvaluateAsync<bool>("() => 'pwned' in window || '__pwned' in window"));
        Assert.Equal(0, await tab.Page.EvaluateAsync<int>("() => document.querySelectorAll('script, img, [onerror]').length"));
    }
}
