namespace Depesche.Ingest;

/// <summary>The fields a structured record (a JSON object, a CSV row) can give an article.</summary>
internal enum ArticleField
{
    Id,
    Title,
    Body,
    Source,
    Category,
    Published,
    Url,
}
