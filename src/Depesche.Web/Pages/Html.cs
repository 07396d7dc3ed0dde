using System.Text;
using System.Text.RegularExpressions;

namespace Depesche.Web.Pages;

/// <summary>
/// Markup that may be written as it is. It is made only by <see cref="Of"/>, whose interpolation holes are
/// HTML-escaped unless they are <see cref="Html"/> themselves, or by <see cref="Marked"/>, which rebuilds the
/// engine's highlighted text so that nothing but <c>&lt;mark&gt;</c> can survive. Article text is hostile:
/// no other way from a string to markup exists.
/// </summary>
internal readonly partial struct Html
{
    private readonly string? _markup;

    private Html(string markup) => _markup = markup;

    /// <summary>No markup.</summary>
    public static Html Empty => default;

    /// <summary>Markup from an interpolated string: literals as they are, holes escaped (see <see cref="HtmlInterpolation"/>).</summary>
    public static Html Of(HtmlInterpolation markup) => new(markup.ToString());

    /// <summary>
    /// The engine's highlighted text (escaped, matches in <c>&lt;mark&gt;</c>), rebuilt: every piece between the
    /// marks is decoded and escaped again, and the marks are balanced. Whatever the input, the result holds no
    /// tag but <c>mark</c>.
    /// </summary>
    public static Html Marked(string? engineHtml)
    {
        if (string.IsNullOrEmpty(engineHtml)) return Empty;
        var sb = new StringBuilder(engineHtml.Length + 16);
        bool open = false;
        foreach (string part in MarkTag().Split(engineHtml))
        {
            if (part == "<mark>")
            {
                if (!open) sb.Append("<mark>");
                open = true;
            }
            else if (part == "</mark>")
            {
                if (open) sb.Append("</mark>");
                open = false;
            }
            else
            {
                HtmlText.Escape(System.Net.WebUtility.HtmlDecode(part), sb);
            }
        }
        if (open) sb.Append("</mark>");
        return new Html(sb.ToString());
    }

    /// <summary>The pieces one after another.</summary>
    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p._markup)));

    /// <inheritdoc />
    public override string ToString() => _markup ?? "";

    [GeneratedRegex("(</?mark>)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkTag();
}
