using System.Text.Json;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.SideApis.Common;

/// <summary>
/// The request path of one related API, in the order a gateway and a service apply it: route (404), method
/// (405), body size (413), credentials (401), Content-Type (415), JSON (400), then the handler. The DDM
/// building blocks (bounded body reading, strict JSON, the JSON writer) are shared; the answers are the
/// API's own (<see cref="IErrorDialect"/>). Nothing a client sends can produce a 500.
/// </summary>
internal sealed class SideApiPipeline(SideApi api, RequestCounter counter, ILogger logger)
{
    private readonly SideRouteTable routes = new(api.Routes);

    public async Task HandleAsync(HttpContext http)
    {
        counter.Increment();

        var (candidates, pathValues) = routes.Match(http.Request.Path.Value ?? "");
        if (candidates.Count == 0)
        {
            await WriteErrorAsync(http, new SideError(SideFailure.NoSuchRoute, Detail: $"no {api.Prefix} operation at this path"));
            return;
        }
        var route = candidates.FirstOrDefault(r => string.Equals(r.Method, http.Request.Method, StringComparison.OrdinalIgnoreCase));
        if (route is null)
        {
            http.Response.Headers.Allow = string.Join(", ", candidates.Select(r => r.Method).Order(StringComparer.Ordinal));
            await WriteErrorAsync(http, new SideError(SideFailure.MethodNotAllowed, Detail: $"method {http.Request.Method} is not supported on this path"));
            return;
        }

        try
        {
            var body = await RequestBodyReader.ReadAsync(http.Request, http.RequestAborted);
            if (route.RequiresAuth && api.Authenticate?.Invoke(http.Request, body) is { } unauthorized)
            {
                await WriteErrorAsync(http, unauthorized);
                return;
            }
            JsonElement? json = route.TakesBody ? JsonBodyParser.Parse(http.Request.ContentType, body, enforceContentType: true) : null;
            var result = route.Handle(new OperationRequest(pathValues, http.Request.Query, json));
            await JsonResponse.WriteAsync(http, result.Status, result.Body);
        }
        catch (SideErrorException e)
        {
            await WriteErrorAsync(http, e.Error);
        }
        catch (ApiErrorException e)
        {
            await WriteErrorAsync(http, SideError.From(e.Error));
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            // A fault of the target itself, never of the input: say so loudly, answer the API's 500.
            logger.LogError(e, "{Prefix} {Method} {Path} failed", api.Prefix, route.Method, route.Template);
            await WriteErrorAsync(http, new SideError(SideFailure.ServerFailure, Detail: e.GetType().Name));
        }
    }

    private async Task WriteErrorAsync(HttpContext http, SideError error)
    {
        var (status, body) = api.Errors.Render(error);
        if (error.Detail is not null)
            http.Response.Headers[ErrorResponseWriter.DetailHeader] = new string(error.Detail.Select(c => c is >= ' ' and <= '~' ? c : '?').ToArray());
        await JsonResponse.WriteAsync(http, status, body);
    }
}
