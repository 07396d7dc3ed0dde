using Depesche.Analysis.German;
using Depesche.Search;

namespace Depesche.Evaluation;

/// <summary>What <c>depesche eval</c> runs and how it times it.</summary>
public sealed record EvalOptions
{
    /// <summary>Corpus (JSON Lines) to index into a throwaway archive; null to search <see cref="DataFolder"/> as it is.</summary>
    public string? Corpus { get; init; }

    /// <summary>An existing archive to search instead of building one.</summary>
    public string? DataFolder { get; init; }

    /// <summary>Queries TSV.</summary>
    public required string Queries { get; init; }

    /// <summary>Qrels; metrics are computed only when given.</summary>
    public string? QrelsPath { get; init; }

    /// <summary>Hits per query.</summary>
    public int K { get; init; } = 100;

    /// <summary>Where to write the TREC run, if anywhere.</summary>
    public string? RunPath { get; init; }

    /// <summary>Untimed passes before timing.</summary>
    public int Warmup { get; init; } = 1;

    /// <summary>Timed passes over all queries.</summary>
    public int Passes { get; init; } = 3;

    /// <summary>Only queries whose id ends with this suffix (<c>-words</c>), when set.</summary>
    public string? OnlySuffix { get; init; }

    /// <summary>Only the first this many queries (after <see cref="OnlySuffix"/>), when set.</summary>
    public int? MaxQueries { get; init; }

    /// <summary>Stemmer to index and search with (for comparing stemmers).</summary>
    public StemmerKind Stemmer { get; init; } = Stemming.Default;

    /// <summary>Ranking knobs (for tuning on dev sets).</summary>
    public Ranking Ranking { get; init; } = Ranking.Default;

    /// <summary>Checks the settings.</summary>
    public void Validate()
    {
        if (Corpus is null && DataFolder is null) throw new DepescheException(FailureKind.Usage, "eval needs --corpus or --data");
        if (K is < 1 or > SearchRequest.MaxLimit) throw new DepescheException(FailureKind.Usage, $"--k must be between 1 and {SearchRequest.MaxLimit}");
        if (Warmup < 0 || Passes < 0) throw new DepescheException(FailureKind.Usage, "--warmup and --passes must not be negative");
    }
}
