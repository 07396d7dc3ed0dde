using Deque.AxeCore.Playwright;
using Depesche.Web.Tests.TestSupport;

namespace Depesche.Web.Tests.Browser;

/// <summary>axe-core (Deque.AxeCore.Playwright) finds no serious or critical violation on the main pages, on a laptop and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Theory]
    [InlineData("/", false)]
    [InlineData("/suche?q=Weissrussland", false)]
    [InlineData("/suche?q=Weissrussland&quelle=toi", false)]
    [InlineData("/suche?q=Quallenplage", false)]
    [InlineData("/artikel/" + TestArchive.SeedSlug + "?q=Weissrussland", false)]
    [InlineData("/suche?q=Weissrussland", true)]
    public async Task Axe_finds_no_serious_or_critical_violation(string url, bool phone)
    {
        await using var tab = await browser.OpenAsync(phone);
        await tab.GoToAsync(url);
        var result = await tab.Page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"{url}{(phone ? " (phone)" : "")}:\n" + string.Join("\n", blocking.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
