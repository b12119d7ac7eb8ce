namespace DdmConformance.Api.Catalog;

/// <summary>One API (one spec file) as the generator read it.</summary>
public sealed class ApiDescriptor
{
    /// <summary>C# name of the API, from the spec file name (<c>Ddm</c>, <c>Das</c>, <c>DmsRegisterUser</c>).</summary>
    public required string Name { get; init; }

    public required string SpecFile { get; init; }

    public required string Title { get; init; }

    public required string Version { get; init; }

    /// <summary>The seed document the spec transcribes.</summary>
    public required string DocSource { get; init; }

    /// <summary>The first server URL of the spec with its variables' defaults filled in, or empty.</summary>
    public string DefaultServerUrl { get; init; } = "";

    public required IReadOnlyList<OperationDescriptor> Operations { get; init; }

    /// <summary>The error-code catalogue (appendix A.3 for DDM).</summary>
    public required IReadOnlyList<ErrorCodeDescriptor> ErrorCodes { get; init; }

    /// <summary>Static-analysis findings on this spec.</summary>
    public required IReadOnlyList<SpecFinding> Findings { get; init; }

    public OperationDescriptor? Operation(string operationId)
        => Operations.FirstOrDefault(o => o.Id == operationId);

    public ErrorCodeDescriptor? ErrorCode(string code)
        => ErrorCodes.FirstOrDefault(e => e.Code == code);
}

/// <summary>A row of the error-code catalogue and how the suite can provoke it.</summary>
/// <param name="Trigger">Name of the recipe that provokes it, or empty.</param>
/// <param name="Untriggerable">Why no client can provoke it, or empty.</param>
public sealed record ErrorCodeDescriptor(string Code, int Status, string Message, string Solution, string Trigger, string Untriggerable)
{
    /// <summary>The requests that provoke the code (the entry's <c>provoke</c> list), each on one operation.</summary>
    public IReadOnlyList<ProvocationDescriptor> Provocations { get; init; } = [];
}

/// <summary>
/// One request that must fail with its error code: the operation's first documented request, with real ids,
/// spoiled as the spec says (x-error-codes[].provoke).
/// </summary>
/// <param name="OperationId">The operation the request goes to.</param>
/// <param name="BodyPatchJson">A JSON object: JSON pointer into the example body to the value set there (<c>{}</c> for none).</param>
/// <param name="QueryJson">A JSON object: query parameters set or replaced (<c>{}</c> for none).</param>
/// <param name="PathJson">A JSON object: path parameter values that replace the real ones (<c>{}</c> for none).</param>
/// <param name="Repeat">Send the request twice; the second must fail (a duplicate of what the first created).</param>
public sealed record ProvocationDescriptor(string OperationId, string BodyPatchJson, string QueryJson, string PathJson, bool Repeat);

/// <summary>A static-analysis finding: rule, message, the operation and document section it concerns, spec location.</summary>
public sealed record SpecFinding(string RuleId, string Message, string Operation, string DocSection, string File, int Line);

/// <summary>A static-analysis rule (generator/RULES.md documents each).</summary>
public sealed record RuleDescriptor(string Id, string Family, string Title, string Severity)
{
    /// <summary>Where the rule is documented (<c>generator/RULES.md#ddm0002</c>), relative to the repository root.</summary>
    public string HelpUri { get; init; } = "";
}
