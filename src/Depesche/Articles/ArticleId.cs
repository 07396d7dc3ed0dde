using System.Security.Cryptography;
using System.Text;

namespace Depesche.Articles;

/// <summary>
/// Content ids for articles that bring no id of their own: identical copies get the same id, and any
/// difference in source, headline or body gives another.
/// </summary>
public static class ArticleId
{
    /// <summary>A 20-hex-digit hash of the normalised source, headline and body.</summary>
    public static string FromContent(string? source, string headline, IReadOnlyList<string> paragraphs)
    {
        var sb = new StringBuilder();
        sb.Append(Normalise(source ?? "")).Append('\u001f').Append(Normalise(headline));
        foreach (var p in paragraphs) sb.Append('\u001f').Append(Normalise(p));
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }

    /// <summary>A hash over everything an article shows, to tell a changed version from an unchanged one.</summary>
    public static string ContentHash(Article a)
    {
        var sb = new StringBuilder();
        foreach (var part in new[] { a.Headline, a.AsciiTitle, a.Source, a.Category, a.Url,
                     a.Published?.ToUniversalTime().ToString("O") })
            sb.Append(part ?? "").Append('\u001f');
        foreach (var p in a.Paragraphs) sb.Append(p).Append('\u001e');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())).AsSpan(0, 10));
    }

    private static string Normalise(string s) => Whitespace.Collapse(s).Normalize(NormalizationForm.FormC).ToLowerInvariant();
}
