using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Tests.Support;

/// <summary>
/// A small hand-built run that covers what reports must explain: a passed example whose response
/// carries markup, an error case failing two checks, a skipped case, an operation with no case,
/// error codes of each kind and findings of two rules.
/// </summary>
internal static class SampleRun
{
    public const string ScriptInBody = "<script>alert('x')</script>";

    public static readonly DateTimeOffset Start = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    public static RunResult Create(IReadOnlyList<CaseResult>? cases = null, string? aborted = null, bool unreachable = false)
        => new()
        {
            Target = "http://127.0.0.1:5099",
            Mode = "full",
            StartedAt = Start,
            FinishedAt = Start.AddSeconds(12.5),
            Cases = cases ?? Cases(),
            Requests = 7,
            Apis = [Ddm()],
            Aborted = aborted,
            TargetUnreachable = unreachable,
        };

    public static IReadOnlyList<CaseResult> Cases() =>
    [
        Case("createInstance", "POST", "/v1/{project_id}/instances", "4.2.1", "createInstance/example/payPerUse", CaseKind.Example, CaseOutcome.Passed, new() { Example = "payPerUse" }) with
        {
            Name = "POST /v1/{project_id}/instances with the documented pay-per-use example yields 200",
            Checks = [new("status", true, "200", "200"), new("schema", true, "response conforms", "conforms")],
            Exchanges =
            [
                new("POST", "http://127.0.0.1:5099/v1/p1/instances",
                    [new("Content-Type", "application/json"), new("X-Auth-Token", "***")],
                    """{"name":"ddm-01","flavor_id":"f1"}""",
                    200,
                    [new("Content-Type", "application/json")],
                    $$"""{"id":"i-1","name":"{{ScriptInBody}}","nodes":[{"port":5066}]}""",
                    TimeSpan.FromMilliseconds(42),
                    null),
            ],
        },
        Case("createInstance", "POST", "/v1/{project_id}/instances", "4.2.1", "createInstance/error/missingName", CaseKind.Error, CaseOutcome.Failed) with
        {
            Name = "POST /v1/{project_id}/instances without name yields 400 DBS.280001",
            Checks =
            [
                new("status", false, "400", "200"),
                new("error code", false, "DBS.280001", "(no error body)"),
                new("response time", false, "under 1 s", "1.4 s", CheckSeverity.Warning),
            ],
            Exchanges =
            [
                new("POST", "http://127.0.0.1:5099/v1/p1/instances", [], "{}", 200, [], """{"id":"i-2"}""", TimeSpan.FromMilliseconds(1400), null),
            ],
        },
        Case("listInstances", "GET", "/v1/{project_id}/instances", "4.2.3", "listInstances/example/default", CaseKind.Example, CaseOutcome.Skipped, new() { Example = "default" }) with
        {
            Name = "GET /v1/{project_id}/instances with the documented example yields 200",
            SkipReason = "no instance could be created before listing",
        },
    ];

    /// <summary>A case of the sample catalog; <paramref name="subject"/> is what the planner would have said it aims at.</summary>
    public static CaseResult Case(string operationId, string method, string path, string section, string caseId, CaseKind kind, CaseOutcome outcome, CaseSubject? subject = null)
        => new()
        {
            Api = "Ddm",
            OperationId = operationId,
            Method = method,
            PathTemplate = path,
            Section = section,
            DocTitle = "Title of " + section,
            Tags = ["Instances"],
            CaseId = caseId,
            Name = caseId,
            Kind = kind,
            Subject = subject ?? CaseSubject.None,
            Outcome = outcome,
            DocLine = 120,
            Elapsed = TimeSpan.FromMilliseconds(50),
        };

    public static ApiDescriptor Ddm() => new()
    {
        Name = "Ddm",
        SpecFile = "ddm.openapi.yaml",
        Title = "DDM",
        Version = "v1",
        DocSource = "004_62bfcbc1e8d54d50.txt",
        Operations =
        [
            Operation("createInstance", "POST", "/v1/{project_id}/instances", "4.2.1", examples: 2),
            Operation("deleteInstance", "DELETE", "/v1/{project_id}/instances/{instance_id}", "4.2.2", examples: 1),
            Operation("listInstances", "GET", "/v1/{project_id}/instances", "4.2.3", examples: 1),
        ],
        ErrorCodes =
        [
            new("DBS.280001", 400, "Parameter error.", "Check the parameters.", "missingField", ""),
            new("DBS.280100", 400, "Schema name already exists.", "Use another name.", "duplicateSchemaName", ""),
            new("DBS.200018", 500, "Internal error.", "Contact support.", "", "internal server fault"),
        ],
        Findings =
        [
            new("DDM0002", "response 200 example 'one' contradicts its table: port is a string", "POST /v1/{project_id}/instances", "4.2.1", "ddm.openapi.yaml", 17),
            new("DDM0002", "request example 'two' contradicts its table: name too long", "POST /v1/{project_id}/instances", "4.2.1", "ddm.openapi.yaml", 31),
            new("DDM0005", "example repaired: closing brace added <b>", "GET /v1/{project_id}/instances", "4.2.3", "ddm.openapi.yaml", 0),
        ],
    };

    public static IReadOnlyList<RuleDescriptor> Rules() =>
    [
        new("DDM0002", "ExamplesVsSchemas", "Documented example does not conform to its schema", "Warning"),
        new("DDM0005", "DocumentationRepairs", "Documented example repaired during transcription", "Warning"),
        new("DDM0001", "SpecSyntax", "Spec file cannot be read", "Error"),
    ];

    private static OperationDescriptor Operation(string id, string method, string path, string section, int examples) => new()
    {
        Id = id,
        Method = method,
        PathTemplate = path,
        Summary = id,
        Section = section,
        Title = "Title of " + section,
        DocLine = 100,
        SpecLine = 10,
        Tags = ["Instances"],
        ErrorFormat = "v1",
        PermissionAction = "ddm:instance:" + id,
        IsDestructive = method == "DELETE",
        IsBillable = false,
        RequiresAuth = true,
        Parameters = [],
        Responses = [],
        RequestExamples = Enumerable.Range(1, examples).Select(i => new RequestExampleDescriptor($"ex{i}", "", $"{method} {path}", 100 + i, "")).ToList(),
        Links = [],
        ConditionalRequirements = [],
    };
}
