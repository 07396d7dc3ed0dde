using System.Globalization;
using System.Net;

namespace Depesche.Ingest;

/// <summary>
/// Fetches feeds given as http(s) URLs into memory (at most the record size limit), with one 30-second
/// deadline for the whole download. Failures become a reason, never an exception.
/// </summary>
internal sealed class FeedDownloader
{
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(30);
    private static readonly Lazy<FeedDownloader> Default = new(() => new FeedDownloader(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    }));

    private readonly HttpClient _client;
    private readonly TimeSpan _deadline;

    /// <summary>
    /// A downloader sending its requests through <paramref name="handler"/>, allowing each download
    /// <paramref name="deadline"/> (30 seconds unless given).
    /// </summary>
    public FeedDownloader(HttpMessageHandler handler, TimeSpan? deadline = null)
    {
        _deadline = deadline ?? DefaultDeadline;
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Depesche/1.0 (news archive; feed reader)");
    }

    /// <summary>The downloader every ingest run shares, so connections are pooled.</summary>
    public static FeedDownloader Shared => Default.Value;

    /// <summary>True when <paramref name="text"/> is an http or https URL.</summary>
    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>The body of <paramref name="url"/>, or null with <paramref name="problem"/> saying why not.</summary>
    public byte[]? Download(string url, long maxBytes, out string problem)
    {
        problem = "";
        using var deadline = new CancellationTokenSource(_deadline);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
            using var response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                problem = $"download failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                return null;
            }
            // A synchronous read cannot be cancelled, so the deadline closes the response instead.
            using var abort = deadline.Token.Register(response.Dispose);
            using var body = response.Content.ReadAsStream(deadline.Token);
            var bytes = BoundedRead.ReadAll(body, maxBytes);
            if (bytes is null) problem = $"download larger than {maxBytes} bytes";
            return bytes;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or ObjectDisposedException
                                       or OperationCanceledException or NotSupportedException)
        {
            problem = deadline.IsCancellationRequested
                ? string.Create(CultureInfo.InvariantCulture, $"download failed: no complete answer within {_deadline.TotalSeconds:0.#} seconds")
                : $"download failed: {e.Message}";
            return null;
        }
    }
}
