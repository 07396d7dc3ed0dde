using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Depesche.Web.Tests.TestSupport;

/// <summary>The real server (<see cref="WebServer.Build"/>, every middleware and endpoint) on an in-memory test host.</summary>
public sealed class TestWeb : IAsyncDisposable
{
    private TestWeb(WebApplication app)
    {
        App = app;
        Client = app.GetTestClient();
    }

    /// <summary>The running application (its services, its endpoints).</summary>
    public WebApplication App { get; }

    /// <summary>A client that talks to it.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts a server over <paramref name="options"/>; <paramref name="extend"/> may add endpoints before it starts.</summary>
    public static async Task<TestWeb> StartAsync(ServeOptions options, Action<WebApplication>? extend = null)
    {
        var app = WebServer.Build(options with { Clock = new FixedClock(TestArchive.Now) }, builder => builder.WebHost.UseTestServer());
        extend?.Invoke(app);
        await app.StartAsync();
        return new TestWeb(app);
    }

    /// <summary>Starts a server over <paramref name="dataFolder"/>.</summary>
    public static Task<TestWeb> StartAsync(string dataFolder, string? apiKey = null) =>
        StartAsync(new ServeOptions { DataFolder = dataFolder, ApiKey = apiKey });

    /// <summary>The body of a GET that must answer 200.</summary>
    public async Task<string> GetOk(string url)
    {
        using var response = await Client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return body;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
