namespace Depesche.Web.Api;

/// <summary>The answer to <c>GET /api/health</c>.</summary>
internal sealed record HealthResponse
{
    /// <summary><c>ok</c>, or <c>empty</c> while the data folder holds no archive.</summary>
    public required string Status { get; init; }

    /// <summary>Articles searchable now.</summary>
    public required int Articles { get; init; }

    /// <summary>Time of the last commit.</summary>
    public DateTimeOffset? LastIngest { get; init; }

    /// <summary>The index's schema version.</summary>
    public string? SchemaVersion { get; init; }

    /// <summary>Whether <c>POST /api/articles</c> is enabled (an API key is configured).</summary>
    public required bool WritesEnabled { get; init; }

    /// <summary>Why there is no archive, when there is none.</summary>
    public string? Message { get; init; }
}
