namespace Depesche.Index;

/// <summary>Every field name of the index in one place, and the schema version they make up.</summary>
public static class Schema
{
    /// <summary>
    /// Bumped whenever fields or analysis change so that an old index would answer differently;
    /// an archive of another version must be rebuilt.
    /// </summary>
    public const string Version = "5";

    /// <summary>Commit user-data key that holds <see cref="Version"/>.</summary>
    public const string VersionKey = "depesche.schema";

    /// <summary>Commit user-data key: how many articles the ingest had committed.</summary>
    public const string CommittedKey = "depesche.committed";

    /// <summary>Commit user-data key: the last input the commit covers.</summary>
    public const string LastInputKey = "depesche.last-input";

    /// <summary>Commit user-data key: time of the commit (ISO 8601).</summary>
    public const string CommitTimeKey = "depesche.commit-time";

    /// <summary>Article id: indexed keyword, stored.</summary>
    public const string Id = "id";

    /// <summary>Article id in doc values, read for every hit without touching stored fields.</summary>
    public const string IdValue = "id_dv";

    /// <summary>Hash of everything the article shows, to tell changed from unchanged re-ingests.</summary>
    public const string ContentHash = "hash_dv";

    /// <summary>Slug: indexed keyword, stored.</summary>
    public const string Slug = "slug";

    /// <summary>Headline: German chain, stored.</summary>
    public const string Title = "title";

    /// <summary>Body: German chain over the headline (twice) and the body; only the body is stored, as UTF-8 bytes (paragraphs separated by newlines).</summary>
    public const string Body = "body";

    /// <summary>
    /// Headline and body, lower-cased only, frequencies without positions: rewards the exact spelling, and holds
    /// the vocabulary that compound parts and name spellings (<see cref="Analysis.German.NameVariants"/>) are learned from.
    /// </summary>
    public const string Exact = "exact";

    /// <summary>Source label: keyword, stored, sorted doc values for facets.</summary>
    public const string Source = "source";

    /// <summary>Category label: keyword, stored, sorted doc values for facets.</summary>
    public const string Category = "category";

    /// <summary>The article's date (published, else ingested) in Unix seconds: numeric range and doc values.</summary>
    public const string Date = "date";

    /// <summary>Stored only.</summary>
    public const string AsciiTitle = "ascii_title";

    /// <summary>Stored only: ISO 8601 publication time when known.</summary>
    public const string Published = "published";

    /// <summary>Stored only: ISO 8601 ingest time.</summary>
    public const string Ingested = "ingested";

    /// <summary>Stored only.</summary>
    public const string Dateline = "dateline";

    /// <summary>Stored only.</summary>
    public const string Url = "url";
}
