using Depesche.Articles;

namespace Depesche.Ingest;

/// <summary>
/// Source labels for inputs that state none (feeds, web pages): a site's host (<c>tagesschau.de</c>) or a
/// publication's name. Hyphens are dropped because a <c>source-category</c> label splits at the first one.
/// </summary>
internal static class InferredSource
{
    private static readonly string[] HostPrefixes = ["www.", "feeds.", "rss."];

    /// <summary>The host of an http(s) <paramref name="url"/> without <c>www.</c> and hyphens, or null.</summary>
    public static string? FromUrl(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        string host = uri.IdnHost.ToLowerInvariant();
        foreach (string prefix in HostPrefixes)
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Length > prefix.Length + 3)
            {
                host = host[prefix.Length..];
                break;
            }
        return host.Replace("-", "");
    }

    /// <summary>A publication's name as one lower-case ASCII word (<c>radiosuedwest</c>), or null.</summary>
    public static string? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        string slug = Slug.FromHeadline(name);
        return slug == "artikel" ? null : slug.Replace("-", "");
    }

    /// <summary>
    /// The label of a feed with site link <paramref name="link"/> and <paramref name="title"/>, read from
    /// <paramref name="path"/>: the site's host, else the host the feed came from, else its title, else the
    /// file name.
    /// </summary>
    public static string ForFeed(string? link, string path, string? title) =>
        FromUrl(link) ?? FromUrl(path) ?? FromName(title) ?? Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
}
