namespace Depesche.Index;

/// <summary>What <c>depesche stats</c> shows about an archive.</summary>
public sealed record ArchiveStats
{
    /// <summary>Articles stored.</summary>
    public required int Articles { get; init; }

    /// <summary>Articles per source, most first.</summary>
    public required IReadOnlyList<FacetValue> Sources { get; init; }

    /// <summary>Articles per category, most first.</summary>
    public required IReadOnlyList<FacetValue> Categories { get; init; }

    /// <summary>Bytes the index takes on disk.</summary>
    public required long IndexBytes { get; init; }

    /// <summary>Time of the last commit, if known.</summary>
    public DateTimeOffset? LastIngest { get; init; }

    /// <summary>The last input the last commit covered.</summary>
    public string? LastInput { get; init; }

    /// <summary>The data folder.</summary>
    public required string DataFolder { get; init; }

    /// <summary>The schema version of the index.</summary>
    public required string SchemaVersion { get; init; }
}
