using System.Globalization;

namespace Depesche.Web.Pages;

/// <summary>Numbers, dates and months the German way, without depending on the machine's culture data.</summary>
internal static class GermanFormat
{
    private static readonly string[] Months =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    /// <summary><c>12.345</c>.</summary>
    public static string Number(long n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary><c>4,2</c> milliseconds with one decimal.</summary>
    public static string Milliseconds(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary><c>29.11.2026</c> (UTC).</summary>
    public static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary><c>2026-11-29</c>, for <c>&lt;time datetime&gt;</c>.</summary>
    public static string IsoDate(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>Mai 2024</c> for <c>2024-05</c>; the value itself when it is not a month.</summary>
    public static string Month(string yearMonth) =>
        TryMonth(yearMonth, out int year, out int month) ? $"{Months[month - 1]} {year}" : yearMonth;

    /// <summary>Reads <c>2024-05</c>.</summary>
    public static bool TryMonth(string? value, out int year, out int month)
    {
        year = month = 0;
        return value is { Length: 7 } && value[4] == '-'
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1
            && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month) && month is >= 1 and <= 12;
    }

    /// <summary>A label with a capital first letter: <c>politik</c> → <c>Politik</c>.</summary>
    public static string Label(string? label) =>
        string.IsNullOrEmpty(label) ? "" : char.ToUpperInvariant(label[0]) + label[1..];
}
