namespace Depesche.Evaluation;

/// <summary>What one <c>depesche eval</c> run measured.</summary>
public sealed record EvalReport
{
    /// <summary>Documents in the searched archive.</summary>
    public required int Documents { get; init; }

    /// <summary>Queries run.</summary>
    public required int Queries { get; init; }

    /// <summary>Seconds spent building the throwaway archive (0 when an existing one was searched).</summary>
    public required double IndexSeconds { get; init; }

    /// <summary>Stemmer used.</summary>
    public required string Stemmer { get; init; }

    /// <summary>Overall metrics first, then per query-id suffix; empty without qrels.</summary>
    public required IReadOnlyList<MetricValues> Metrics { get; init; }

    /// <summary>Latency over all timed passes.</summary>
    public required Latency Latency { get; init; }

    /// <summary>
    /// The queries of the longest median time over the timed passes, slowest first: what the high percentiles are
    /// made of. Empty without timed passes.
    /// </summary>
    public IReadOnlyList<SlowQuery> Slowest { get; init; } = [];

    /// <summary>Timed passes.</summary>
    public required int Passes { get; init; }

    /// <summary>Warm-up passes.</summary>
    public required int Warmup { get; init; }

    /// <summary>Hits per query.</summary>
    public required int K { get; init; }

    /// <summary>Queries that returned nothing.</summary>
    public required int Empty { get; init; }

    /// <summary>The run file written, if any.</summary>
    public string? RunPath { get; init; }
}
