using System.Globalization;
using System.Text;

namespace Depesche.Articles;

/// <summary>
/// German ASCII spelling: ä→ae, ö→oe, ü→ue, ß→ss, other accents stripped, letters without a decomposition
/// (ł, ø, æ, ...) spelled out. Used for slugs and for recognising the seed format's ASCII title line.
/// </summary>
public static class GermanTransliteration
{
    private static readonly Dictionary<int, string> Spelled = new()
    {
        ['ä'] = "ae", ['ö'] = "oe", ['ü'] = "ue", ['Ä'] = "Ae", ['Ö'] = "Oe", ['Ü'] = "Ue", ['ß'] = "ss", ['ẞ'] = "SS",
        ['ł'] = "l", ['Ł'] = "L", ['ø'] = "o", ['Ø'] = "O", ['đ'] = "d", ['Đ'] = "D", ['ð'] = "d", ['Ð'] = "D",
        ['æ'] = "ae", ['Æ'] = "Ae", ['œ'] = "oe", ['Œ'] = "Oe", ['þ'] = "th", ['Þ'] = "Th", ['ı'] = "i", ['ħ'] = "h",
        ['Ħ'] = "H", ['ŧ'] = "t", ['Ŧ'] = "T",
    };

    /// <summary>Spells <paramref name="text"/> in ASCII letters, keeping case where it can; drops what has no ASCII form.</summary>
    public static string ToAscii(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        // Runes, not chars: a character outside the BMP (an emoji) is one unit here and is simply dropped.
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii) sb.Append((char)rune.Value);
            else if (Spelled.TryGetValue(rune.Value, out string? spelled)) sb.Append(spelled);
            else if (rune.IsBmp)
            {
                foreach (char d in rune.ToString().Normalize(NormalizationForm.FormD))
                    if (d < 128 && CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) sb.Append(d);
            }
        }
        return sb.ToString();
    }
}
