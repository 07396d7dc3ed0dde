using System.Globalization;

namespace Depesche.Ingest;

/// <summary>ISO 8601 dates and date-times as structured inputs write them; no zone means UTC.</summary>
internal static class IsoDate
{
    // Exact formats rather than DateTimeOffset.TryParse, which would also take "05/06/2023" and guess
    // which number is the month.
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Parses <paramref name="text"/>; false when it is not an ISO 8601 date or date-time.</summary>
    public static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out value);
}
