using System.Security.Cryptography;
using System.Text;
using Depesche.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Api;

/// <summary>
/// Guards writes: without a configured key they are off (403); with one, the request must carry it as
/// <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c> (401 otherwise). Keys are compared in
/// constant time, as hashes of equal length, so neither their content nor their length leaks through timing.
/// </summary>
internal static class ApiKeyCheck
{
    public static void Require(HttpRequest request, string? configured)
    {
        if (configured is null)
        {
            throw new RequestProblem(StatusCodes.Status403Forbidden, "writes disabled",
                $"writes disabled: start the server with --api-key KEY (or {ServeOptions.ApiKeyVariable}) to accept POST /api/articles");
        }
        string? presented = Presented(request);
        if (presented is null || !Matches(presented, configured))
        {
            string message = presented is null
                ? "this endpoint needs the API key: send 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'"
                : "the API key is not the one this server was started with";
            throw new RequestProblem(StatusCodes.Status401Unauthorized, "unauthorized", message, "header") { Challenge = "Bearer" };
        }
    }

    private static string? Presented(HttpRequest request)
    {
        string? key = request.Headers["X-Api-Key"];
        if (!string.IsNullOrEmpty(key)) return key;
        string? authorization = request.Headers.Authorization;
        const string bearer = "Bearer ";
        return authorization is not null && authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)
            ? authorization[bearer.Length..].Trim()
            : null;
    }

    private static bool Matches(string presented, string configured) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}
