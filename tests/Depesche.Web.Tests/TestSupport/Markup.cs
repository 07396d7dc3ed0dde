using System.Net;
using System.Text.RegularExpressions;

namespace Depesche.Web.Tests.TestSupport;

/// <summary>Small readings of a page's HTML for assertions: the links of an element class, an element by id.</summary>
public static partial class Markup
{
    /// <summary>The decoded <c>href</c> of every <c>&lt;a&gt;</c> whose class list holds <paramref name="cssClass"/>, in order.</summary>
    public static List<string> Links(string html, string cssClass) =>
        AnchorTag().Matches(html)
            .Where(m => ClassOf(m.Value).Split(' ').Contains(cssClass))
            .Select(m => WebUtility.HtmlDecode(HrefOf(m.Value)))
            .ToList();

    /// <summary>The decoded <c>href</c> of the first anchor that holds <paramref name="attribute"/> (e.g. <c>data-value="toi"</c>).</summary>
    public static string LinkWith(string html, string attribute) =>
        AnchorTag().Matches(html).Select(m => m.Value).Where(a => a.Contains(attribute, StringComparison.Ordinal))
            .Select(a => WebUtility.HtmlDecode(HrefOf(a))).FirstOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"no link with {attribute}");

    /// <summary>How often <paramref name="text"/> occurs in <paramref name="html"/>.</summary>
    public static int Count(string html, string text) => Regex.Matches(html, Regex.Escape(text)).Count;

    /// <summary>The text of the element with id <paramref name="id"/> (up to its first closing tag of the same name).</summary>
    public static string Element(string html, string id)
    {
        var m = Regex.Match(html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        if (!m.Success) throw new Xunit.Sdk.XunitException($"no element with id {id}");
        return m.Groups[2].Value;
    }

    private static string ClassOf(string tag) => AttributeValue(tag, "class");

    private static string HrefOf(string tag) => AttributeValue(tag, "href");

    private static string AttributeValue(string tag, string name)
    {
        var m = Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : "";
    }

    [GeneratedRegex("<a\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex AnchorTag();
}
