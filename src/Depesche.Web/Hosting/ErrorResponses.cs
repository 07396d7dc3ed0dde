using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Depesche.Web.Hosting;

/// <summary>Turns every exception into an answer of the one error model; a bug is logged with its stack trace and answered without it.</summary>
internal sealed class ErrorResponses(RequestDelegate next, ILogger<ErrorResponses> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (Exception e)
        {
            var problem = ProblemMapping.From(e);
            if (problem is null)
            {
                log.LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
                problem = ProblemMapping.Bug;
            }
            else if (e is DepescheException { Kind: FailureKind.Storage })
            {
                // The client gets no paths; whoever runs the server needs them.
                log.LogWarning("{Method} {Path}: {Message}", context.Request.Method, context.Request.Path, e.Message);
            }
            if (context.Response.HasStarted)
            {
                log.LogWarning("{Method} {Path}: {Message} after the answer had started", context.Request.Method, context.Request.Path, e.Message);
                return;
            }
            context.Response.Clear();
            await ProblemWriter.WriteAsync(context, problem);
        }
    }
}
