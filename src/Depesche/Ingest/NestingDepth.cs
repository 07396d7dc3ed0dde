using System.Xml.Linq;
using AngleSharp.Dom;

namespace Depesche.Ingest;

/// <summary>
/// Measures how deep elements nest, without recursion. Third-party code walks trees recursively (AngleSharp,
/// SmartReader) or in quadratic time (Syndication's extension buffer), so a hostile input nested thousands
/// deep would overflow the stack or hang; readers reject such input before handing it on.
/// </summary>
internal static class NestingDepth
{
    /// <summary>True when elements nest more than <paramref name="max"/> levels below <paramref name="root"/>.</summary>
    public static bool Exceeds(XElement root, int max) =>
        Exceeds(root, max, static e => e.Elements());

    /// <summary>True when nodes nest more than <paramref name="max"/> levels below <paramref name="root"/>.</summary>
    public static bool Exceeds(INode root, int max) =>
        Exceeds(root, max, static n => n.ChildNodes.OfType<IElement>());

    private static bool Exceeds<T>(T root, int max, Func<T, IEnumerable<T>> children)
    {
        var pending = new Stack<(T Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > max) return true;
            foreach (var child in children(node)) pending.Push((child, depth + 1));
        }
        return false;
    }
}
