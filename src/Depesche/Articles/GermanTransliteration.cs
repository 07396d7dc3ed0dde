using System.Globalization;
using System.Text;

namespace Depesche.Articles;

/// <summary>
/// German ASCII spelling: ä→ae, ö→oe, ü→ue, ß→ss, other accents stripped. Used for slugs and for
/// recognising the seed format's ASCII title line.
/// </summary>
public static class GermanTransliteration
{
    /// <summary>Spells <paramref name="text"/> in ASCII letters, keeping case where it can.</summary>
    public static string ToAscii(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case 'ä': sb.Append("ae"); break;
                case 'ö': sb.Append("oe"); break;
                case 'ü': sb.Append("ue"); break;
                case 'Ä': sb.Append("Ae"); break;
                case 'Ö': sb.Append("Oe"); break;
                case 'Ü': sb.Append("Ue"); break;
                case 'ß': sb.Append("ss"); break;
                case 'ẞ': sb.Append("SS"); break;
                default:
                    if (c < 128) { sb.Append(c); break; }
                    foreach (char d in c.ToString().Normalize(NormalizationForm.FormD))
                        if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark && d < 128)
                            sb.Append(d);
                    break;
            }
        }
        return sb.ToString();
    }
}
