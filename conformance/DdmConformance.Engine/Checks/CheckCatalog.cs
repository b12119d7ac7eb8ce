using DdmConformance.Engine.Results;

namespace DdmConformance.Engine.Checks;

/// <summary>One kind of check: its name in results, how much a failure counts, and what it relies on.</summary>
public sealed record CheckKind(string Name, CheckSeverity Severity, string Verifies);

/// <summary>
/// Every check the engine makes, with its severity, in one place. A deviation fails the run; a warning is
/// reported only (something the document recommends but a client must tolerate).
/// </summary>
public static class CheckCatalog
{
    public static IReadOnlyList<CheckKind> All { get; } =
    [
        new(StatusCheck.Name, CheckSeverity.Deviation, "the status is a documented one: a documented success for a valid request, the A.2 status for an invalid one (400, 401, 404, 405, 415)"),
        new(SchemaCheck.Name, CheckSeverity.Deviation, "the body conforms to the response table of its status (types, enums, lengths, ranges, patterns, nullability)"),
        new(PairedExampleCheck.Name, CheckSeverity.Deviation, "the fields the documented response example shows are present with the example's types (where the table agrees)"),
        new(ErrorBodyCheck.FormatCheck, CheckSeverity.Deviation, "the error body has the operation's documented format (A.1: v1 errCode/externalMessage, v3 error_code/error_msg)"),
        new(ErrorBodyCheck.CodeCheck, CheckSeverity.Deviation, "the error code is the one the document prescribes (DBS.280001 for parameter errors), or at least one from the A.3 catalogue"),
        new("content-type", CheckSeverity.Warning, "a JSON body is labelled application/json"),
        new("async-job", CheckSeverity.Deviation, "asynchronous work finishes: the documented status is reached within the run's ready timeout"),
        new("update-persists", CheckSeverity.Deviation, "after a change, reading the resource shows the values sent"),
        new("read-after-delete", CheckSeverity.Deviation, "after a deletion, reading the resource yields 404"),
        new("pagination", CheckSeverity.Deviation, "a documented limit is honoured (limit=1 returns at most one item)"),
        new("engine", CheckSeverity.Deviation, "the case ran to completion (an engine fault is reported on the case, never lost)"),
    ];

    public static CheckKind? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
