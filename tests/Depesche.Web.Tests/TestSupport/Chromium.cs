using Microsoft.Playwright;

namespace Depesche.Web.Tests.TestSupport;

/// <summary>
/// Debian's Chromium, driven by Playwright. Playwright never downloads a browser here: the tests start the
/// system's, which <c>test.sh</c> installs when it is missing. Without it the browser tests fail and say so.
/// </summary>
public static class Chromium
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Starts a headless Chromium that talks to nothing but the pages it is sent to.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath}: install Debian's package (apt-get install chromium); ./test.sh does when it is missing.");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }
}
