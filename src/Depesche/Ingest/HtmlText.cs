using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Depesche.Ingest;

/// <summary>
/// Turns an HTML fragment (a feed item's description, a page's article) into text paragraphs: block
/// elements and line breaks separate paragraphs, scripts and styles are dropped, entities decoded.
/// </summary>
/// <remarks>AngleSharp comes with SmartReader; parsing with it handles broken markup as browsers do.</remarks>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
        "section", "table", "td", "th", "tr", "ul",
    };

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "iframe", "object", "svg",
    };

    /// <summary>The paragraphs of <paramref name="html"/>; plain text (no tags) is split at its line breaks.</summary>
    public static IReadOnlyList<string> Paragraphs(string html)
    {
        if (!html.Contains('<')) return BodyText.Paragraphs(WebUtility.HtmlDecode(html));
        var document = new HtmlParser().ParseDocument(html);
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(document.Body ?? (INode)document, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>The text of <paramref name="html"/> on one line (for titles).</summary>
    public static string Line(string html) =>
        html.Contains('<') || html.Contains('&') ? string.Join(' ', Paragraphs(html)) : html.Trim();

    // An explicit stack rather than recursion: a hostile feed can nest elements deep enough to overflow
    // the call stack, which would end the process instead of rejecting one item.
    private static void Walk(INode root, StringBuilder current, List<string> paragraphs)
    {
        var stack = new Stack<(INode Node, bool Leaving)>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                Flush(current, paragraphs);
                continue;
            }
            switch (node)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when Hidden.Contains(element.LocalName):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    stack.Push((element, true));
                    PushChildren(stack, element);
                    break;
                case IElement element:
                    PushChildren(stack, element);
                    break;
            }
        }
    }

    private static void PushChildren(Stack<(INode, bool)> stack, INode node)
    {
        for (int i = node.ChildNodes.Length - 1; i >= 0; i--) stack.Push((node.ChildNodes[i], false));
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        string text = Articles.Whitespace.Collapse(current.ToString());
        if (text.Length > 0) paragraphs.Add(text);
        current.Clear();
    }
}
