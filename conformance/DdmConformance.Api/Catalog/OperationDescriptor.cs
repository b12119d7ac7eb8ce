namespace DdmConformance.Api.Catalog;

/// <summary>Everything the engine knows about one operation, from the spec.</summary>
public sealed class OperationDescriptor
{
    /// <summary>Stable camelCase operationId.</summary>
    public required string Id { get; init; }

    public required string Method { get; init; }

    public required string PathTemplate { get; init; }

    public required string Summary { get; init; }

    /// <summary>The section's <i>Function</i> and <i>Constraints</i> text, or empty.</summary>
    public string Description { get; init; } = "";

    /// <summary>Section of the reference document (<c>4.2.1</c>).</summary>
    public required string Section { get; init; }

    public required string Title { get; init; }

    /// <summary>Line of the section heading in the seed document.</summary>
    public required int DocLine { get; init; }

    /// <summary>Line of the operation in the spec file.</summary>
    public required int SpecLine { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary><c>v1</c> (errCode/externalMessage), <c>v3</c> (error_code/error_msg), or an API-specific format.</summary>
    public required string ErrorFormat { get; init; }

    public required string PermissionAction { get; init; }

    /// <summary>Deletes, restarts, kills or otherwise disrupts: only in <c>full</c> mode against real targets.</summary>
    public required bool IsDestructive { get; init; }

    /// <summary>Costs money: only in <c>full</c> mode against real targets.</summary>
    public required bool IsBillable { get; init; }

    /// <summary>False when the document calls the operation without credentials.</summary>
    public required bool RequiresAuth { get; init; }

    /// <summary>Security schemes any of which authenticates a call (<c>iamToken</c>, <c>akSk</c>); empty when none is named.</summary>
    public IReadOnlyList<string> SecuritySchemes { get; init; } = [];

    /// <summary>The section's Status Codes table (<c>x-doc-status-codes</c>), or empty when it was not transcribed.</summary>
    public IReadOnlyList<string> StatusCodes { get; init; } = [];

    /// <summary>What the document leaves out about this operation (<c>x-doc-gap</c>), as recorded during transcription.</summary>
    public IReadOnlyList<string> DocGaps { get; init; } = [];

    /// <summary>
    /// x-prepare.fresh: path parameters whose resources the documented example needs new (in creation order),
    /// because it depends on a state a shared resource may have left (a shard task to roll back must be switched).
    /// </summary>
    public IReadOnlyList<string> PrepareFresh { get; init; } = [];

    /// <summary>The query parameter the credentials travel in (an <c>apiKey</c> scheme <c>in: query</c>), or empty for headers.</summary>
    public string CredentialQueryParameter { get; init; } = "";

    /// <summary>x-prepare.after: operations replayed first, in order, on those fresh resources (their documented example).</summary>
    public IReadOnlyList<string> PrepareAfter { get; init; } = [];

    public AsyncJobDescriptor? AsyncJob { get; init; }

    public required IReadOnlyList<ParameterDescriptor> Parameters { get; init; }

    public BodyDescriptor? RequestBody { get; init; }

    public required IReadOnlyList<ResponseDescriptor> Responses { get; init; }

    public required IReadOnlyList<RequestExampleDescriptor> RequestExamples { get; init; }

    public required IReadOnlyList<LinkDescriptor> Links { get; init; }

    public required IReadOnlyList<ConditionalRequirement> ConditionalRequirements { get; init; }

    /// <summary>Mutates state on the target (anything but GET/HEAD).</summary>
    public bool IsMutating => Method is not ("GET" or "HEAD");

    public string Display => $"{Method} {PathTemplate}";

    public ResponseDescriptor? Response(int status)
        => Responses.FirstOrDefault(r => r.Status == status.ToString(System.Globalization.CultureInfo.InvariantCulture))
           ?? Responses.FirstOrDefault(r => r.Status.Length == 3 && r.Status[0] - '0' == status / 100 && r.Status.EndsWith("XX", StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ParameterDescriptor> PathParameters => Parameters.Where(p => p.In == "path");
}

/// <param name="JobIdExpression">Runtime expression naming the job id (<c>$response.body#/job_id</c>).</param>
/// <param name="ReadyOperationId">Operation polled until the work is done (same link parameters), or empty.</param>
/// <param name="ReadyField">Field (name or JSON pointer) of the polled response that tells readiness.</param>
public sealed record AsyncJobDescriptor(string JobIdExpression, string ReadyOperationId, string ReadyField, IReadOnlyList<string> ReadyValues);

/// <param name="SchemaJson">Self-contained JSON Schema (OpenAPI 3.0 dialect).</param>
public sealed record ParameterDescriptor(string Name, string In, bool Required, string SchemaJson, string Description);

/// <param name="SchemaJson">Self-contained JSON Schema (OpenAPI 3.0 dialect), <c>{}</c> when the document gives none.</param>
public sealed record BodyDescriptor(bool Required, string SchemaJson, IReadOnlyList<ExampleDescriptor> Examples);

public sealed record ResponseDescriptor(string Status, string Description, BodyDescriptor? Body);

/// <summary>A documented example body, verbatim (with the repair made, if any).</summary>
public sealed record ExampleDescriptor(string Name, string Summary, string Json, int DocLine, string Repair);

/// <summary>A documented example request: its request line and, when it has one, its body.</summary>
public sealed record RequestExampleDescriptor(string Name, string Summary, string RequestLine, int DocLine, string BodyJson);

/// <summary>An OpenAPI link: the producer's response feeds <see cref="Parameters"/> of <see cref="OperationId"/>.</summary>
public sealed record LinkDescriptor(string Name, string OperationId, IReadOnlyDictionary<string, string> Parameters);

/// <summary>"<see cref="Then"/> are required when <see cref="IfParameter"/> equals <see cref="IfValue"/>."</summary>
public sealed record ConditionalRequirement(string IfParameter, string IfValue, IReadOnlyList<string> Then);
