using System.Xml;
using System.Xml.Linq;

namespace Depesche.Ingest;

/// <summary>
/// Reads the element an <see cref="XmlReader"/> is on into an <see cref="XElement"/>, giving up past a
/// nesting depth. <see cref="XNode.ReadFrom"/> takes time quadratic in the depth (seconds at 50,000 levels),
/// so a hostile feed could stall ingest; this builder stops early and skips the rest of the element.
/// </summary>
internal static class BoundedElement
{
    /// <summary>
    /// The element the reader is on, or null when it nests deeper than <paramref name="maxDepth"/>. Either
    /// way the reader ends up just past the element's end.
    /// </summary>
    public static XElement? Read(XmlReader reader, int maxDepth)
    {
        int rootDepth = reader.Depth;
        var root = StartElement(reader);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return root;
        }
        var open = new Stack<XElement>();
        open.Push(root);
        while (reader.Read() && open.Count > 0)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Depth - rootDepth > maxDepth:
                    SkipToEndOf(reader, rootDepth);
                    return null;
                case XmlNodeType.Element:
                    var element = StartElement(reader);
                    open.Peek().Add(element);
                    if (!reader.IsEmptyElement) open.Push(element);
                    break;
                case XmlNodeType.EndElement:
                    open.Pop();
                    break;
                case XmlNodeType.CDATA:
                    open.Peek().Add(new XCData(reader.Value));
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    open.Peek().Add(new XText(reader.Value));
                    break;
            }
        }
        return root;
    }

    private static XElement StartElement(XmlReader reader)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                // Namespace declarations are implied by the names themselves.
                if (reader.NamespaceURI != XNamespace.Xmlns.NamespaceName)
                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return element;
    }

    private static void SkipToEndOf(XmlReader reader, int rootDepth)
    {
        while (reader.Depth > rootDepth && reader.Read())
        {
        }
        reader.Read(); // past the root's end tag
    }
}
