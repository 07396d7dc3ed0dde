using System.Text;
using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Pages;

/// <summary>Sends a rendered page as <c>text/html; charset=utf-8</c>.</summary>
internal static class PageResult
{
    private const string ContentType = "text/html; charset=utf-8";

    /// <summary>The page as an endpoint result.</summary>
    public static IResult From(Html page, int status = StatusCodes.Status200OK) =>
        Results.Text(page.ToString(), ContentType, Encoding.UTF8, status);

    /// <summary>Writes the page straight to the response (for middleware).</summary>
    public static Task WriteAsync(HttpContext context, Html page, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        return context.Response.WriteAsync(page.ToString(), Encoding.UTF8, context.RequestAborted);
    }
}
