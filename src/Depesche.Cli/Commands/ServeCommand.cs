using System.CommandLine;
using Depesche.Index;
using Depesche.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Hosting;

namespace Depesche.Cli.Commands;

/// <summary><c>depesche serve</c>: the web pages and the HTTP API over an archive, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var urls = CommonOptions.Urls();
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"Accept POST /api/articles from requests carrying this key (default: ${ServeOptions.ApiKeyVariable}; none: writes disabled)",
            HelpName = "KEY",
        };
        var searchCache = new Option<int>("--search-cache")
        {
            Description = "Answers of the current commit kept for repeated searches (0: none)",
            DefaultValueFactory = _ => ServeOptions.DefaultSearchCacheEntries,
            HelpName = "N",
        };
        var mapIndex = new Option<bool>("--map-index")
        {
            Description = "Map the index files into memory: faster uncached searches, but the pages searches touch count as the server's resident memory",
        };
        var concurrent = new Option<int>("--concurrent-searches")
        {
            Description = "Searches and pages worked on at once; more wait their turn (default: one per core)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        var command = new Command("serve", "Serve the web interface and the HTTP API") { data, urls, apiKey, searchCache, mapIndex, concurrent };
        command.SetAction((parse, cancel) => Run(context, new ServeOptions
        {
            DataFolder = DataFolder.Resolve(parse.GetValue(data)),
            Urls = parse.GetValue(urls)!,
            ApiKey = ApiKey(parse.GetValue(apiKey)),
            SearchCacheEntries = parse.GetValue(searchCache),
            MapIndex = parse.GetValue(mapIndex),
            ConcurrentSearches = parse.GetValue(concurrent),
            Clock = context.Clock,
        }, cancel));
        return command;
    }

    /// <summary>Serves until Ctrl+C or <see cref="CliContext.Stop"/>; prints the address it listens on (the real port when 0 was asked).</summary>
    public static async Task<int> Run(CliContext context, ServeOptions options, CancellationToken cancel, string? firstPage = null)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, context.Stop);
        await using var app = WebServer.Build(options);
        try
        {
            await app.StartAsync(stop.Token);
        }
        catch (Exception e) when (e is IOException or AddressInUseException or FormatException
            || (e is InvalidOperationException && (e.Message.Contains("url", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("binding", StringComparison.OrdinalIgnoreCase))))
        {
            throw new DepescheException(FailureKind.Usage, $"cannot listen on {options.Urls}: {e.Message}", e);
        }
        string address = app.Urls.FirstOrDefault() ?? options.Urls;
        string writes = options.ApiKey is null ? "writes disabled (no API key)" : "writes enabled with the API key";
        context.Out.WriteLine($"serving {address}{firstPage} (archive: {options.DataFolder}; {writes}); Ctrl+C stops");
        if (!app.Urls.All(IsLoopback))
        {
            context.Error.WriteLine(options.ApiKey is null
                ? "depesche: warning: listening beyond this machine without an API key: anyone who can reach it can read the archive (writes stay off)"
                : "depesche: warning: listening beyond this machine with writes on: send the API key over TLS only (a reverse proxy), or anyone on the way can read it");
        }
        await app.WaitForShutdownAsync(stop.Token);
        await app.StopAsync(CancellationToken.None);
        return Cli.Ok;
    }

    private static string? ApiKey(string? option)
    {
        string? key = string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable(ServeOptions.ApiKeyVariable) : option;
        return string.IsNullOrWhiteSpace(key) ? null : key.Trim();
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "localhost");
}
