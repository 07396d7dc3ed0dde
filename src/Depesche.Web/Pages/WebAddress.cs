namespace Depesche.Web.Pages;

/// <summary>Which stored web addresses may become links: absolute http(s) only, never <c>javascript:</c> or <c>data:</c>.</summary>
internal static class WebAddress
{
    public static bool IsSafe(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
