using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Hosting;

/// <summary>Refuses query strings longer than <see cref="ServeOptions.MaxQueryStringLength"/> before any work is done.</summary>
internal sealed class RequestLimits(RequestDelegate next, ServeOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        int length = context.Request.QueryString.Value?.Length ?? 0;
        if (length > options.MaxQueryStringLength)
        {
            throw new RequestProblem(StatusCodes.Status414UriTooLong, "too long",
                $"the query string is {length} characters long; at most {options.MaxQueryStringLength} are accepted", "query");
        }
        return next(context);
    }
}
