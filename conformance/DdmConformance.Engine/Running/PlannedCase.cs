using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Results;

namespace DdmConformance.Engine.Running;

/// <summary>A case before it runs: identity, the sentence naming it, and what it does.</summary>
public sealed class PlannedCase
{
    public required string CaseId { get; init; }

    /// <summary>The case as a sentence, used as the test name everywhere.</summary>
    public required string Name { get; init; }

    public required CaseKind Kind { get; init; }

    public required ApiDescriptor Api { get; init; }

    public required OperationDescriptor Operation { get; init; }

    public int DocLine { get; init; }

    /// <summary>What the case aims at (example, error code, parameter, body field), for reports to explain it.</summary>
    public CaseSubject Subject { get; init; } = CaseSubject.None;

    /// <summary>Does the work; runs after every case planned before it.</summary>
    public required Func<CaseRun, Task> Body { get; init; }

    /// <summary>Tags of the operation plus the case kind: NUnit categories and CLI filters.</summary>
    public IEnumerable<string> Categories => Operation.Tags.Append(Kind.ToString()).Append(Api.Name);
}
