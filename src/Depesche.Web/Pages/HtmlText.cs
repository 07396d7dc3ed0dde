using System.Text;

namespace Depesche.Web.Pages;

/// <summary>Escapes text for HTML element content and quoted attribute values.</summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> to <paramref name="sb"/> with <c>&amp; &lt; &gt; " '</c> escaped.</summary>
    public static void Escape(string? text, StringBuilder sb)
    {
        if (text is null) return;
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                // NUL and other C0 controls are not allowed in HTML text; a hostile record may hold them.
                case < ' ' and not ('\n' or '\t' or '\r'): sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }
    }
}
