using System.Runtime.InteropServices;
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
        // Hashes the UTF-16 text in place, part by part: no concatenated copy of the body on the ingest hot path.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { a.Headline, a.AsciiTitle, a.Source, a.Category, a.Url,
                     a.Published?.ToUniversalTime().ToString("O") })
            Append(hash, part ?? "", '\u001f');
        foreach (var p in a.Paragraphs) Append(hash, p, '\u001e');
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..10]);
    }

    private static void Append(IncrementalHash hash, string text, char separator)
    {
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(new ReadOnlySpan<char>(in separator)));
    }

    private static string Normalise(string s) => Whitespace.Collapse(s).Normalize(NormalizationForm.FormC).ToLowerInvariant();
}
