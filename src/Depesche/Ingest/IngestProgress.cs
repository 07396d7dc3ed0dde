namespace Depesche.Ingest;

/// <summary>A snapshot of a running ingest: counts so far and the last durable commit.</summary>
public sealed record IngestProgress
{
    /// <summary>Articles read and accepted by the readers.</summary>
    public long Read { get; init; }

    /// <summary>New articles stored.</summary>
    public long Added { get; init; }

    /// <summary>Known articles whose content changed and was replaced.</summary>
    public long Replaced { get; init; }

    /// <summary>Known articles with identical content, skipped.</summary>
    public long Unchanged { get; init; }

    /// <summary>Records or files rejected with a reason.</summary>
    public long Rejected { get; init; }

    /// <summary>Input bytes of the files opened so far.</summary>
    public long Bytes { get; init; }

    /// <summary>Articles (added + replaced) durable in the last commit.</summary>
    public long Committed { get; init; }

    /// <summary>The last input (path:line) the last commit covers.</summary>
    public string? LastCommittedInput { get; init; }

    /// <summary>Commits so far.</summary>
    public int Commits { get; init; }

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Input megabytes (10^6 bytes) per second so far.</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;

    /// <summary>Articles read per second so far.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
