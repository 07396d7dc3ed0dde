using System.Text;

namespace Depesche.Articles;

/// <summary>White-space clean-up shared by the readers and the id hash.</summary>
public static class Whitespace
{
    /// <summary>
    /// Trims and folds every run of white space (and control characters) into one space, and replaces lone
    /// surrogates (which JSON escapes can produce) with U+FFFD so that later Unicode steps never fail.
    /// </summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }
}
