using DdmConformance.ReferenceTarget.Hosting;

namespace DdmConformance.ReferenceTarget.SideApis.Common;

/// <summary>One operation of a related API as the target serves it.</summary>
/// <param name="Method">HTTP method, upper case.</param>
/// <param name="Template">The spec's path, e.g. <c>/v3/{project_id}/instances/{instance_id}/create-connection</c>.</param>
/// <param name="RequiresAuth">False for operations with <c>security: []</c>.</param>
/// <param name="TakesBody">True when the operation has a JSON request body (Content-Type and JSON are checked).</param>
/// <param name="Handle">The handler; throws <see cref="SideErrorException"/> for documented failures.</param>
internal sealed record SideRoute(string Method, string Template, bool RequiresAuth, bool TakesBody, Func<OperationRequest, OperationResult> Handle);

/// <summary>Checks a request's credentials (given its raw body, which signatures cover); null when it may pass.</summary>
internal delegate SideError? SideAuthenticator(HttpRequest request, ReadOnlySpan<byte> body);

/// <summary>
/// A related API mounted under its own path prefix: its operations, its error dialect, its credentials check.
/// </summary>
/// <param name="Prefix">The path prefix, e.g. <c>/das</c> (<c>ReferenceServer.BaseUrlFor("Das")</c>).</param>
/// <param name="Routes">The API's operations.</param>
/// <param name="Errors">How the API answers failures.</param>
/// <param name="Authenticate">Null when the API checks no credentials (or a deviation switched the check off).</param>
internal sealed record SideApi(string Prefix, IReadOnlyList<SideRoute> Routes, IErrorDialect Errors, SideAuthenticator? Authenticate);
