using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Hosting;

/// <summary>
/// The stylesheet and icon, served from resources inside the assembly under <c>/static/</c>, with an ETag
/// and an hour of caching. Only the files listed here exist; nothing on disk is served.
/// </summary>
internal static class EmbeddedAssets
{
    private static readonly Dictionary<string, Asset> ByName = new(StringComparer.Ordinal)
    {
        ["depesche.css"] = Load("depesche.css", "text/css; charset=utf-8"),
        ["favicon.svg"] = Load("favicon.svg", "image/svg+xml"),
    };

    public static IResult Serve(string name, HttpContext context)
    {
        if (!ByName.TryGetValue(name, out var asset))
            throw new RequestProblem(StatusCodes.Status404NotFound, "not found", $"no file /static/{name}");
        if (context.Request.Headers.IfNoneMatch == asset.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private static Asset Load(string name, string contentType)
    {
        using var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream("Depesche.Web.Assets." + name)
            ?? throw new InvalidOperationException($"resource {name} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        byte[] bytes = copy.ToArray();
        return new Asset(bytes, contentType, $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..16]}\"");
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
