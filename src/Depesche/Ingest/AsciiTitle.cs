using System.Text;
using Depesche.Articles;

namespace Depesche.Ingest;

/// <summary>
/// Recognises the seed format's third line: the headline spelled in ASCII (ä→ae, ß→ss, accents and
/// punctuation dropped), possibly cut short.
/// </summary>
internal static class AsciiTitle
{
    /// <summary>
    /// True when <paramref name="line"/>, folded, is a prefix of the folded <paramref name="headline"/> and
    /// at least half of it.
    /// </summary>
    public static bool Matches(string line, string headline)
    {
        string candidate = Fold(line);
        string full = Fold(headline);
        return candidate.Length > 0 && candidate.Length * 2 >= full.Length && full.StartsWith(candidate, StringComparison.Ordinal);
    }

    // Letters and digits only, lower case. Spaces are dropped too, not just collapsed: writers of the ASCII
    // line differ on punctuation inside words ("Schreck-Pomm" becomes "Schreck Pomm" in the corpus tool,
    // "SchreckPomm" by the format's own rule), and both must match.
    // Compatibility normalisation first (NFKC keeps "ä" whole for the transliteration) so that "CO₂" and
    // ligatures come out as the ASCII line spells them ("CO2").
    private static string Fold(string text)
    {
        string ascii = GermanTransliteration.ToAscii(text.Normalize(NormalizationForm.FormKC));
        var sb = new StringBuilder(ascii.Length);
        foreach (char c in ascii)
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
