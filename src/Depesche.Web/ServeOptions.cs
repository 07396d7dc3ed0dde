namespace Depesche.Web;

/// <summary>How <c>depesche serve</c> runs: which archive, where it listens, whether writes are allowed.</summary>
public sealed record ServeOptions
{
    /// <summary>Where the server listens unless told otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The environment variable that may hold the API key instead of <c>--api-key</c>.</summary>
    public const string ApiKeyVariable = "DEPESCHE_API_KEY";

    /// <summary>How many answers the search cache keeps unless told otherwise (a few MB).</summary>
    public const int DefaultSearchCacheEntries = 2048;

    /// <summary>The shortest API key accepted: a short key is guessed.</summary>
    public const int MinApiKeyLength = 16;

    /// <summary>The data folder of the archive to serve (it may hold no archive yet).</summary>
    public required string DataFolder { get; init; }

    /// <summary>Addresses to listen on, separated by <c>;</c> (port 0 picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key that <c>POST /api/articles</c> must present; null disables writes.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Where the server reads the time (ingest stamps, refresh timer).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How often the server looks for articles another process committed.</summary>
    public TimeSpan RefreshEvery { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a write waits for another writer before it answers 503.</summary>
    public TimeSpan WriteLockWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>The longest query string accepted, in characters (URL-encoded).</summary>
    public int MaxQueryStringLength { get; init; } = 4096;

    /// <summary>How many answers of the current commit the server keeps to answer repeated searches at once; 0 keeps none.</summary>
    public int SearchCacheEntries { get; init; } = DefaultSearchCacheEntries;

    /// <summary>
    /// Map the index files into memory (faster searches; their pages then count as the server's resident memory)
    /// instead of reading them (see <see cref="Index.Archive.Open"/>).
    /// </summary>
    public bool MapIndex { get; init; }

    /// <summary>
    /// How many reading requests (searches, pages) are worked on at once; more wait in a queue. One per core
    /// unless told otherwise (see <see cref="Hosting.SearchConcurrency"/>).
    /// </summary>
    public int ConcurrentSearches { get; init; } = Environment.ProcessorCount;

    /// <summary>How many reading requests may wait for their turn; beyond that they are answered 503.</summary>
    public int QueuedSearches { get; init; } = 4096;

    /// <summary>Checks the settings; a usage error names the first mistake.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DataFolder)) throw Usage("the data folder must be named");
        if (string.IsNullOrWhiteSpace(Urls)) throw Usage("--urls must name at least one address");
        if (ApiKey is { } key && (key.Length < MinApiKeyLength || key.Any(char.IsWhiteSpace)))
            throw Usage($"the API key must be at least {MinApiKeyLength} characters without spaces");
        if (RefreshEvery <= TimeSpan.Zero) throw Usage("the refresh interval must be positive");
        if (WriteLockWait < TimeSpan.Zero) throw Usage("the write lock wait must not be negative");
        if (SearchCacheEntries < 0) throw Usage("the search cache size must not be negative");
        if (ConcurrentSearches < 1) throw Usage("at least one search must be allowed at a time");
        if (QueuedSearches < 0) throw Usage("the search queue must not be negative");
        if (MaxBodyBytes < 1024) throw Usage("the body limit must be at least 1024 bytes");
        if (MaxQueryStringLength < 256) throw Usage("the query string limit must be at least 256 characters");
    }

    private static DepescheException Usage(string message) => new(FailureKind.Usage, message);
}
