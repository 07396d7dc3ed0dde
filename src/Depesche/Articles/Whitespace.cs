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
        if (IsCollapsed(text)) return text;
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

    // Most text arrives clean; then the copy is skipped (it was a fifth of the reading thread's time).
    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0) return true;
        if (text[0] == ' ' || text[^1] == ' ') return false;
        bool afterSpace = false;
        foreach (char c in text)
        {
            if (c == ' ')
            {
                if (afterSpace) return false;
                afterSpace = true;
                continue;
            }
            afterSpace = false;
            if (c < ' ' || (c >= '\u007F' && (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF' || char.IsSurrogate(c)))) return false;
        }
        return true;
    }
}
