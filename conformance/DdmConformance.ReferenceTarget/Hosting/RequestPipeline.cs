using System.Text.Json;
using DdmConformance.ReferenceTarget.Auth;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>
/// The whole request path, in the order a gateway and a service apply it: route (404), method (405),
/// credentials (401), body size (413), Content-Type (415), JSON (400), then the handler. Every failure
/// becomes a documented error body; nothing a client sends can produce a 500.
/// </summary>
internal sealed class RequestPipeline(
    RouteTable routes,
    RequestAuthenticator authenticator,
    ErrorResponseWriter errors,
    ActiveDeviations deviations,
    RequestCounter counter,
    GatewayThrottle throttle,
    ILogger<RequestPipeline> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        counter.Increment();

        var match = routes.Match(http.Request.Path.Value ?? "/");
        if (match is null)
        {
            await errors.WriteAsync(http, ApiError.NoSuchRoute(), ErrorFormat.V3);
            return;
        }
        var (route, pathValues) = match.Value;

        if (throttle.Refuse(GatewayThrottle.UserOf(http.Request)) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await errors.WriteAsync(http, ApiError.Throttled(), ErrorFormat.V3);
            return;
        }

        if (!route.ByMethod.TryGetValue(http.Request.Method.ToUpperInvariant(), out var operation))
        {
            http.Response.Headers.Allow = route.AllowedMethods;
            await errors.WriteAsync(http, ApiError.MethodNotAllowed(http.Request.Method), route.ErrorFormat);
            return;
        }

        try
        {
            var body = await RequestBodyReader.ReadAsync(http.Request, http.RequestAborted);

            if (operation.RequiresAuth && !deviations.IsOn(Deviation.AuthNotEnforced)
                && authenticator.Check(http.Request, body) is { } unauthorized)
            {
                await errors.WriteAsync(http, unauthorized, operation.ErrorFormat);
                return;
            }

            JsonElement? json = operation.TakesBody
                ? JsonBodyParser.Parse(http.Request.ContentType, body, enforceContentType: !deviations.IsOn(Deviation.ContentTypeIgnored), optional: operation.BodyOptional)
                : null;

            var result = operation.Handle(new OperationRequest(pathValues, http.Request.Query, json));
            await JsonResponse.WriteAsync(http, result.Status, result.Body);
        }
        catch (ApiErrorException e)
        {
            await errors.WriteAsync(http, e.Error, operation.ErrorFormat);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            // A fault of the target itself, never of the input: say so loudly, answer the documented 500.
            logger.LogError(e, "{Operation} failed", operation.Id);
            await errors.WriteAsync(http, ApiError.ServerFailure(e.GetType().Name), operation.ErrorFormat);
        }
    }
}
