using Depesche.Web.Api;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Hosting;

/// <summary>
/// The one error model of the server: user mistakes (bad parameters, a busy writer, a missing archive)
/// become 4xx/503 answers with a message; anything else is a bug, answered 500 without details.
/// </summary>
internal static partial class ProblemMapping
{
    /// <summary>Seconds a client should wait when the writer is busy or the archive is missing.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>The problem that <paramref name="e"/> stands for; null for a bug.</summary>
    public static RequestProblem? From(Exception e) => e switch
    {
        RequestProblem problem => problem,
        DepescheException { Kind: FailureKind.Usage or FailureKind.InputRejected } d => new(StatusCodes.Status400BadRequest, "bad request", d.Message),
        DepescheException { Kind: FailureKind.NotFound } d => new(StatusCodes.Status404NotFound, "not found", d.Message),
        // The engine's words for these name the data folder and its files: the server's paths are not the client's business.
        DepescheException { Kind: FailureKind.Busy } => new(StatusCodes.Status503ServiceUnavailable, "busy",
            "another process is writing the archive; try again in a few seconds") { RetryAfterSeconds = RetryAfterSeconds },
        DepescheException { Kind: FailureKind.Archive } => new(StatusCodes.Status503ServiceUnavailable, "no archive",
            "the server has no archive to search yet; try again later") { RetryAfterSeconds = RetryAfterSeconds },
        DepescheException { Kind: FailureKind.Storage } => new(StatusCodes.Status507InsufficientStorage, "storage",
            "the server cannot write its archive (the disk is full or not writable); nothing was stored"),
        BadHttpRequestException b when BindFailure().Match(b.Message) is { Success: true } m =>
            new(b.StatusCode, "bad request", $"{m.Groups[1].Value} '{m.Groups[2].Value}' is not a whole number", $"query:{m.Groups[1].Value}"),
        BadHttpRequestException b => new(b.StatusCode, b.StatusCode == StatusCodes.Status413PayloadTooLarge ? "too large" : "bad request", b.Message),
        _ => null,
    };

    /// <summary>The problem for an answer that left the endpoints with an error status and no body (no route, wrong method).</summary>
    public static RequestProblem ForStatus(int status, string path) => status switch
    {
        StatusCodes.Status404NotFound => new(status, "not found", $"nothing at {path}"),
        StatusCodes.Status405MethodNotAllowed => new(status, "method not allowed", $"{path} does not take this method"),
        StatusCodes.Status415UnsupportedMediaType => new(status, "unsupported media type", "send application/json or text/plain"),
        < 500 => new(status, "bad request", $"the request to {path} was refused"),
        _ => Bug,
    };

    /// <summary>The answer to a bug: no details, they are in the server's log.</summary>
    public static RequestProblem Bug { get; } =
        new(StatusCodes.Status500InternalServerError, "internal error", "something went wrong in the server; the details are in its log");

    // ASP.NET's words for a query value that does not fit its parameter: Failed to bind parameter "Nullable<int> limit" from "abc".
    [GeneratedRegex("""^Failed to bind parameter "(?:\S+ )?(\w+)" from "(.*)"\.$""", RegexOptions.CultureInvariant)]
    private static partial Regex BindFailure();
}
