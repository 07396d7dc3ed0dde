using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Hosting;

/// <summary>
/// Headers on every answer: a Content-Security-Policy that allows only the server's own stylesheet and
/// scripts (no inline script can run, whatever an article holds), no MIME sniffing, no framing.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The policy: nothing but same-origin styles, scripts, images and form targets.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (!headers.ContainsKey("Cache-Control")) headers.CacheControl = "no-cache";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
