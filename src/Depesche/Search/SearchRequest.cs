using System.Globalization;

namespace Depesche.Search;

/// <summary>One search as the CLI, the web page and the API ask for it.</summary>
public sealed record SearchRequest
{
    /// <summary>The largest page size accepted.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The user's query text (may be empty: all articles).</summary>
    public string Query { get; init; } = "";

    /// <summary>Hits per page, 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Hits to skip.</summary>
    public int Offset { get; init; }

    /// <summary>Only these sources (any of them), when not empty.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Only these categories (any of them), when not empty.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Only articles dated on or after this day (UTC).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles dated on or before this day (UTC), inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Result order.</summary>
    public SortOrder Sort { get; init; } = SortOrder.Relevance;

    /// <summary>Whether to build snippets and highlighted headlines.</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>Whether to count facets (source, category, month).</summary>
    public bool Facets { get; init; } = true;

    /// <summary>Checks the numbers; a clear message for each mistake.</summary>
    public void Validate()
    {
        if (Limit is < 1 or > MaxLimit) throw new DepescheException(FailureKind.Usage, $"limit must be between 1 and {MaxLimit}, not {Limit}");
        if (Offset is < 0 or > 100_000) throw new DepescheException(FailureKind.Usage, $"offset must be between 0 and 100000, not {Offset}");
        if (From is { } f && To is { } t && f > t) throw new DepescheException(FailureKind.Usage, $"from ({f:yyyy-MM-dd}) is after to ({t:yyyy-MM-dd})");
    }

    /// <summary>A day like <c>2024-05-31</c>, null when blank; a usage error naming <paramref name="name"/> otherwise.</summary>
    public static DateOnly? ParseDay(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw new DepescheException(FailureKind.Usage, $"{name} '{value}' is not a date like 2024-05-31");
    }

    /// <summary><c>relevance</c> (also when blank) or <c>date</c>, in any case; a usage error naming <paramref name="name"/> otherwise.</summary>
    public static SortOrder ParseSort(string? value, string name) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "relevance" => SortOrder.Relevance,
        "date" => SortOrder.Date,
        _ => throw new DepescheException(FailureKind.Usage, $"{name} '{value}' is not relevance or date"),
    };
}
