using Depesche.Articles;

namespace Depesche.Ingest;

/// <summary>
/// One result of reading input: an article draft or a rejection, each with its place
/// (<c>path:line</c>) so that a user can find it.
/// </summary>
public sealed record ReadItem
{
    /// <summary>The file path or URL the item came from.</summary>
    public required string Path { get; init; }

    /// <summary>1-based line where the record starts; 0 when the place is the whole input.</summary>
    public int Line { get; init; }

    /// <summary>The article, when the record was good.</summary>
    public ArticleDraft? Draft { get; init; }

    /// <summary>Why the record was rejected, when it was not.</summary>
    public string? Rejection { get; init; }

    /// <summary><c>path:line</c>, or the path alone when the line is unknown.</summary>
    public string Place => Line > 0 ? $"{Path}:{Line}" : Path;

    /// <summary>A good record.</summary>
    public static ReadItem Good(string path, int line, ArticleDraft draft) => new() { Path = path, Line = line, Draft = draft };

    /// <summary>A rejected record with its reason.</summary>
    public static ReadItem Rejected(string path, int line, string reason) => new() { Path = path, Line = line, Rejection = reason };
}
