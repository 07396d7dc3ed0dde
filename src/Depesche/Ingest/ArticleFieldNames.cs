namespace Depesche.Ingest;

/// <summary>
/// The field names JSON Lines keys and CSV headers may use, with their aliases, so both formats accept
/// the same spellings.
/// </summary>
internal static class ArticleFieldNames
{
    private static readonly Dictionary<string, ArticleField> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = ArticleField.Id,
        ["title"] = ArticleField.Title,
        ["headline"] = ArticleField.Title,
        ["body"] = ArticleField.Body,
        ["text"] = ArticleField.Body,
        ["content"] = ArticleField.Body,
        ["source"] = ArticleField.Source,
        ["category"] = ArticleField.Category,
        ["published"] = ArticleField.Published,
        ["date"] = ArticleField.Published,
        ["url"] = ArticleField.Url,
        ["link"] = ArticleField.Url,
    };

    /// <summary>The field a name stands for (any case, surrounding spaces ignored), or null when unknown.</summary>
    public static ArticleField? Find(string name) =>
        ByName.TryGetValue(name.Trim(), out var field) ? field : null;
}
