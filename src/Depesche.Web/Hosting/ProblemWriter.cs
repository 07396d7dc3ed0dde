using Depesche.Json;
using Depesche.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Hosting;

/// <summary>Writes a <see cref="RequestProblem"/>: JSON for the API, a German page for people.</summary>
internal static class ProblemWriter
{
    /// <summary>Whether answers to <paramref name="request"/> are JSON (the API, the OpenAPI document, the feed) rather than pages.</summary>
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi") || request.Path.StartsWithSegments("/feed");

    public static Task WriteAsync(HttpContext context, RequestProblem problem)
    {
        var response = context.Response;
        response.StatusCode = problem.Status;
        response.Headers.CacheControl = "no-store";
        if (problem.RetryAfterSeconds is { } seconds) response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (problem.Challenge is { } challenge) response.Headers.WWWAuthenticate = challenge;
        if (IsApi(context.Request))
            return response.WriteAsJsonAsync(problem.Body, JsonStyle.Http, "application/json; charset=utf-8", context.RequestAborted);
        return PageResult.WriteAsync(context, ErrorPage.Render(problem.Status), problem.Status);
    }
}
