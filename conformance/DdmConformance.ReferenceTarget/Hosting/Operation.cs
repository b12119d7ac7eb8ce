using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>One operation of the spec as the target serves it.</summary>
/// <param name="Id">The spec's operationId.</param>
/// <param name="Method">HTTP method, upper case.</param>
/// <param name="PathTemplate">The spec's path, e.g. <c>/v1/{project_id}/instances/{instance_id}</c>.</param>
/// <param name="ErrorFormat">The operation's <c>x-error-format</c>.</param>
/// <param name="RequiresAuth">False for operations with <c>security: []</c>.</param>
/// <param name="TakesBody">True when the operation has a request body (Content-Type and JSON are checked).</param>
/// <param name="Handle">The handler; throws <see cref="ApiErrorException"/> for documented errors.</param>
/// <param name="BodyOptional">With <paramref name="TakesBody"/>: the body may be left out (<c>requestBody.required: false</c>);
/// one that is sent is checked all the same.</param>
internal sealed record Operation(
    string Id,
    string Method,
    string PathTemplate,
    ErrorFormat ErrorFormat,
    bool RequiresAuth,
    bool TakesBody,
    Func<OperationRequest, OperationResult> Handle,
    bool BodyOptional = false);
