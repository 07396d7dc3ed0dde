using AngleSharp.Dom;

namespace Depesche.Ingest;

/// <summary>
/// Guards against HTML nested absurdly deep. AngleSharp parses such markup in time quadratic in the depth
/// (a minute for 100,000 unclosed <c>&lt;div&gt;</c>), and its queries and SmartReader walk the tree
/// recursively, which at that depth overflows the stack and ends the process. Readers check before parsing
/// (a cheap tag count) and after (the real tree).
/// </summary>
internal static class HtmlNesting
{
    /// <summary>The deepest parsed tree handed to SmartReader; real pages nest a few dozen levels.</summary>
    public const int MaxTreeDepth = 256;

    /// <summary>The highest tag-count estimate parsed at all; generous, as sloppy markup inflates it.</summary>
    public const int MaxEstimatedDepth = 1024;

    // Elements that never hold others or whose end tag is commonly left out (the parser closes them); they
    // do not count, so that "<p>a<p>b" or "<br>" is not mistaken for nesting.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody",
        "tfoot", "colgroup", "caption", "html", "head", "body",
    };

    // Elements whose content is text, not markup: skipped to their end tag.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext",
    };

    /// <summary>
    /// True when counting start and end tags of <paramref name="html"/> gives a depth above
    /// <see cref="MaxEstimatedDepth"/>. Linear, without building anything.
    /// </summary>
    public static bool ProbablyTooDeep(string html)
    {
        int depth = 0;
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) return false;
                i = end + 3;
                continue;
            }
            bool closing = i + 1 < html.Length && html[i + 1] == '/';
            int nameStart = i + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            // No '>' after this tag means none after any later one either; stopping keeps the scan linear.
            int tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) return false;
            string name = html[nameStart..nameEnd];
            if (closing)
            {
                if (depth > 0 && !Uncounted.Contains(name) && !RawText.Contains(name)) depth--;
            }
            else if (RawText.Contains(name))
            {
                int end = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                if (end < 0) return false;
                tagEnd = end + 1 + name.Length;
            }
            else if (html[tagEnd - 1] != '/' && !Uncounted.Contains(name) && ++depth > MaxEstimatedDepth)
            {
                return true;
            }
            i = tagEnd + 1;
        }
        return false;
    }

    /// <summary>True when the parsed tree below <paramref name="root"/> is deeper than <see cref="MaxTreeDepth"/>.</summary>
    public static bool TreeTooDeep(INode root)
    {
        var pending = new Stack<(INode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxTreeDepth) return true;
            foreach (var child in node.ChildNodes.OfType<IElement>()) pending.Push((child, depth + 1));
        }
        return false;
    }
}
