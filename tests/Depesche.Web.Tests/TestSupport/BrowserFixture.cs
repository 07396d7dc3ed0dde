using Microsoft.Playwright;

namespace Depesche.Web.Tests.TestSupport;

/// <summary>
/// One archive with the corpus (<see cref="TestArchive.WithCorpus"/>), the real server on Kestrel over it,
/// and one Chromium, shared by every browser test: each test opens its own context (cookies, viewport) in it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>A phone's screen, in CSS pixels.</summary>
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 740 };

    /// <summary>A laptop's window, in CSS pixels.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    private TestArchive? _archive;
    private LiveServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:39211/</c>.</summary>
    public Uri BaseAddress => _server!.BaseAddress;

    public async Task InitializeAsync()
    {
        // The browser first: without Chromium there is nothing to build the archive for.
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        _archive = TestArchive.WithCorpus();
        _server = await LiveServer.StartAsync(_archive.DataFolder);
    }

    /// <summary>A fresh page (in its own context) that watches for dialogs and script errors; on a phone's screen when <paramref name="phone"/>.</summary>
    public async Task<WatchedPage> OpenAsync(bool phone = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "de-DE",
            ViewportSize = phone ? Phone : Desktop,
            IsMobile = phone,
            HasTouch = phone,
        });
        return await WatchedPage.OpenAsync(context);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _archive?.Dispose();
    }
}
