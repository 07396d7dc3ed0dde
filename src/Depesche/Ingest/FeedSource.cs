using Depesche.Articles;

namespace Depesche.Ingest;

/// <summary>
/// The source label of a feed that states none: its site's host (<c>tagesschau.de</c>), else the host of
/// the URL it came from, else its title, else the file name.
/// </summary>
internal static class FeedSource
{
    private static readonly string[] HostPrefixes = ["www.", "feeds.", "rss."];

    /// <summary>The label for a feed with site link <paramref name="link"/>, read from <paramref name="path"/>.</summary>
    public static string From(string? link, string path, string? title)
    {
        if (Host(link) is { } host) return host;
        if (Host(path) is { } pathHost) return pathHost;
        // Hyphens would split a "source-category" label in the wrong place, so the title's words are joined.
        if (!string.IsNullOrWhiteSpace(title) && Slug.FromHeadline(title) is var slug && slug != "artikel")
            return slug.Replace("-", "");
        return Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
    }

    private static string? Host(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        string host = uri.IdnHost.ToLowerInvariant();
        foreach (string prefix in HostPrefixes)
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Length > prefix.Length + 3)
                return host[prefix.Length..];
        return host;
    }
}
