using Microsoft.Playwright;

namespace Depesche.Web.Tests.TestSupport;

/// <summary>
/// A browser page that records what a script could make it do: dialogs (answered at once), uncaught
/// script errors and console messages. Disposing it closes its context.
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Dialog += async (_, dialog) =>
        {
            lock (Dialogs) Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.PageError += (_, error) => { lock (ScriptErrors) ScriptErrors.Add(error); };
        page.Console += (_, message) => { lock (Console) Console.Add($"{message.Type}: {message.Text}"); };
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Every alert, confirm or prompt the page opened.</summary>
    public List<string> Dialogs { get; } = [];

    /// <summary>Every uncaught script error.</summary>
    public List<string> ScriptErrors { get; } = [];

    /// <summary>Every console message (a Content-Security-Policy refusal shows here too).</summary>
    public List<string> Console { get; } = [];

    /// <summary>A page in <paramref name="context"/>, which it owns from now on.</summary>
    public static async Task<WatchedPage> OpenAsync(IBrowserContext context) => new(context, await context.NewPageAsync());

    /// <summary>Goes to <paramref name="url"/> (relative to the server) and asserts it answered 200.</summary>
    public async Task GoToAsync(string url)
    {
        var response = await Page.GotoAsync(url);
        Assert.True(response is { Status: 200 }, $"GET {url}: {response?.Status}");
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
