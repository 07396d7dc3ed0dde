namespace Depesche.Ingest;

/// <summary>How an ingest run batches and commits its work.</summary>
public sealed record IngestOptions
{
    /// <summary>Commit after at least this many stored articles (and always at the end).</summary>
    public int CommitEvery { get; init; } = 50_000;

    /// <summary>Articles handed to the analysis threads at a time.</summary>
    public int ChunkSize { get; init; } = 512;

    /// <summary>Threads that analyse and index; all cores by default.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Checks the numbers.</summary>
    public void Validate()
    {
        if (CommitEvery < 1) throw new DepescheException(FailureKind.Usage, $"commit-every must be at least 1, not {CommitEvery}");
        if (ChunkSize < 1) throw new DepescheException(FailureKind.Usage, $"chunk size must be at least 1, not {ChunkSize}");
        if (Threads < 1) throw new DepescheException(FailureKind.Usage, $"threads must be at least 1, not {Threads}");
    }
}
