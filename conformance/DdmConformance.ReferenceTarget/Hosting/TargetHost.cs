using System.Net;
using DdmConformance.ReferenceTarget.Auth;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Versions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>Builds the ASP.NET Core application: Kestrel on one address, quiet logs, one pipeline.</summary>
internal static class TargetHost
{
    public static WebApplication Build(ReferenceTargetOptions options, IPAddress address, RequestCounter counter)
    {
        // The empty builder reads no environment variables, appsettings or command line: the target is
        // configured by ReferenceTargetOptions alone, and an ASPNETCORE_URLS meant for something else
        // neither adds listeners nor logs an "overriding addresses" warning.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(TargetHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null; // RequestBodyReader enforces the limit with a documented answer
            kestrel.Listen(address, options.Port);
        });

        // Warnings and errors only, on stderr: stdout belongs to the CLI's progress display.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();

        var deviations = new ActiveDeviations(options.Deviations);
        var clock = TimeProvider.System;
        var operations = OperationTable.Build(new DdmHandlers(options, deviations, clock));
        var signature = options.AccessKey is { Length: > 0 } ak && options.SecretKey is { Length: > 0 } sk
            ? new AkSkSignature(ak, sk, clock)
            : null;

        var app = builder.Build();
        var pipeline = new RequestPipeline(
            new RouteTable(operations),
            new RequestAuthenticator(options.Token, signature),
            new ErrorResponseWriter(deviations),
            deviations,
            counter,
            new GatewayThrottle(options.RateLimitPerMinute, options.RateLimitWindow, clock),
            app.Services.GetRequiredService<ILogger<RequestPipeline>>());
        SideApis.SideApiHost.Mount(app, options, counter); // DAS, DBSS, DMS under their own prefixes
        app.Run(pipeline.HandleAsync);
        return app;
    }
}
