using Microsoft.AspNetCore.Builder;

namespace Depesche.Web.Tests.TestSupport;

/// <summary>
/// The real server on Kestrel, on a free loopback port, over a given data folder: what a browser test
/// (Playwright) or a load test points at. <see cref="BaseAddress"/> is the address it listens on.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveServer(WebApplication app, Uri address)
    {
        _app = app;
        BaseAddress = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:39211/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for <see cref="BaseAddress"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts serving <paramref name="dataFolder"/> (an archive or an empty folder).</summary>
    public static async Task<LiveServer> StartAsync(string dataFolder, string? apiKey = null)
    {
        var app = WebServer.Build(new ServeOptions { DataFolder = dataFolder, ApiKey = apiKey, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        return new LiveServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
