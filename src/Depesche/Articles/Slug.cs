using System.Text;

namespace Depesche.Articles;

/// <summary>URL slugs from headlines, with German transliteration (<c>weissrussland</c>).</summary>
public static class Slug
{
    private const int MaxLength = 200;

    /// <summary>Lower-case ASCII words of the headline joined by hyphens; "artikel" when nothing is left.</summary>
    public static string FromHeadline(string headline)
    {
        string ascii = GermanTransliteration.ToAscii(headline).ToLowerInvariant();
        var sb = new StringBuilder(ascii.Length);
        foreach (char c in ascii)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        string slug = sb.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            // Cut at a word boundary: the last hyphen within the limit (a single endless word is cut hard).
            int cut = slug[MaxLength] == '-' ? MaxLength : slug.LastIndexOf('-', MaxLength - 1);
            slug = slug[..(cut > 0 ? cut : MaxLength)].TrimEnd('-');
        }
        return slug.Length == 0 ? "artikel" : slug;
    }

    /// <summary>True when <paramref name="text"/> has the shape of a slug (and so never of a path).</summary>
    public static bool IsWellFormed(string text) =>
        text.Length is > 0 and <= MaxLength && text.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
