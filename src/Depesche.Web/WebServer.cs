using Depesche.Json;
using Depesche.Web.Api;
using Depesche.Web.Hosting;
using Depesche.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Depesche.Web;

/// <summary>
/// The web server of <c>depesche serve</c>: German pages and the JSON API over one archive. Thin: every
/// search, highlight and write is the engine's; this layer parses parameters, renders and maps errors.
/// </summary>
public static class WebServer
{
    /// <summary>
    /// Builds the server for <paramref name="options"/>; <paramref name="configure"/> may change the builder
    /// before it is built (tests swap Kestrel for a test server). Start it with <c>StartAsync</c> or <c>RunAsync</c>.
    /// </summary>
    public static WebApplication Build(ServeOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            // Above our own query limit, so that a long query is answered by RequestLimits with a readable body.
            kestrel.Limits.MaxRequestLineSize = options.MaxQueryStringLength * 2 + 1024;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ArchiveHost>();
        builder.Services.AddSingleton<ArticleIntake>();
        builder.Services.AddHostedService<ArchiveRefresher>();
        builder.Services.AddSingleton<RequestActivity>();
        builder.Services.AddHostedService<IdleMemoryTrimmer>();
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            JsonStyle.Apply(json.SerializerOptions);
            json.SerializerOptions.Encoder = JsonStyle.Http.Encoder;
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Depesche API";
            document.Info.Description = "Search and read a German news archive; add articles with an API key. Errors: { error, message, place }.";
            return Task.CompletedTask;
        }));
        configure?.Invoke(builder);

        var app = builder.Build();
        var activity = app.Services.GetRequiredService<RequestActivity>();
        app.Use((context, next) =>
        {
            activity.Touch();
            return next(context);
        });
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ErrorResponses>();
        app.UseMiddleware<RequestLimits>();
        app.UseMiddleware<SearchConcurrency>();
        app.UseStatusCodePages(context => ProblemWriter.WriteAsync(context.HttpContext,
            ProblemMapping.ForStatus(context.HttpContext.Response.StatusCode, context.HttpContext.Request.Path)));
        app.MapOpenApi("/openapi/{documentName}.json");
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        // Opened now rather than on the first request, so that a schema problem shows at start.
        app.Services.GetRequiredService<ArchiveHost>();
        return app;
    }
}
