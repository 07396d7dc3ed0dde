using Depesche.Web.Api;

namespace Depesche.Web.Hosting;

/// <summary>A mistake in a request that the server answers with a 4xx status and an <see cref="ApiError"/>.</summary>
internal sealed class RequestProblem(int status, string error, string message, string? place = null) : Exception(message)
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>The answer's body.</summary>
    public ApiError Body { get; init; } = new(error, message, place);

    /// <summary>Seconds a client should wait before it tries again (503), if any.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>The <c>WWW-Authenticate</c> challenge of a 401, if any.</summary>
    public string? Challenge { get; init; }
}
