using System.Text;

namespace Depesche.Articles;

/// <summary>White-space clean-up shared by the readers and the id hash.</summary>
public static class Whitespace
{
    /// <summary>Trims and folds every run of white space (and control characters) into one space.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
