using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Tests.Support;

/// <summary>
/// A hand-built run whose failures need evidence: a documented example answered without a documented
/// field and with an undocumented enum value, an error case answered with the wrong code (its request
/// carrying a masked password), a provoked error code, and cases that passed. The catalog behind it has
/// the tables, examples and error codes the evidence quotes.
/// </summary>
internal static class EvidenceRun
{
    public const string ListCase = "listInstances/example/listInstances";
    public const string CreateErrorCase = "createInstance/invalid/wrong-type/name/1";
    public const string ProvokedCase = "createInstance/error-code/DBS.280100";
    public const string BaseUrl = "http://127.0.0.1:5099";

    public static RunResult Create(IReadOnlyList<CaseResult>? cases = null) => new()
    {
        Target = BaseUrl + "/",
        Mode = "full",
        StartedAt = SampleRun.Start,
        FinishedAt = SampleRun.Start.AddSeconds(3),
        Cases = cases ?? Cases(),
        Requests = 6,
        Apis = [Api()],
    };

    public static IReadOnlyList<CaseResult> Cases() =>
    [
        Case("createInstance", "POST", "/v1/{project_id}/instances", "4.2.1", "createInstance/example/payPerUse", CaseKind.Example, CaseOutcome.Passed, new() { Example = "payPerUse" }) with
        {
            Checks = [new("status", true, "documented success status 200", "200")],
            Exchanges = [Exchange("POST", "/v1/p1/instances", """{"name":"ddm-01"}""", 200, """{"id":"i-1"}""")],
        },
        Case("createInstance", "POST", "/v1/{project_id}/instances", "4.2.1", CreateErrorCase, CaseKind.Error, CaseOutcome.Failed, new() { BodyField = "name" }) with
        {
            Checks =
            [
                new("status", true, "400 (the table forbids it: with name as a number)", "400"),
                new("error-format", true, "v1 error body", "as documented"),
                new("error-code", false, "error code DBS.280001", "DBS.300005"),
            ],
            Exchanges =
            [
                Exchange("POST", "/v1/p1/instances", """{"name": 7, "admin_password": "***", "note": "costs $5 `now`"}""", 400,
                    """{"errCode":"DBS.300005","externalMessage":"Failed to process the request."}"""),
            ],
        },
        Case("createInstance", "POST", "/v1/{project_id}/instances", "4.2.1", ProvokedCase, CaseKind.Error, CaseOutcome.Passed, new() { ErrorCode = "DBS.280100" }) with
        {
            Checks = [new("status", true, "400", "400"), new("error-code", true, "error code DBS.280100", "DBS.280100")],
            Exchanges = [Exchange("POST", "/v1/p1/instances", """{"name":"dup"}""", 400, """{"errCode":"DBS.280100","externalMessage":"exists"}""")],
        },
        Case("listInstances", "GET", "/v1/{project_id}/instances", "4.2.2", ListCase, CaseKind.Example, CaseOutcome.Failed, new() { Example = "listInstances" }) with
        {
            Checks =
            [
                new("status", true, "documented success status 200", "200"),
                new("schema", false, "200 body conforming to the documented schema", "#/instances[0].status: NotInEnumeration"),
                new("paired-example", false, "the fields of documented example 'ok' with its types", "instance_num is missing"),
            ],
            Exchanges =
            [
                // A setup request of another operation comes first: the evidence must pick the case's own.
                Exchange("POST", "/v1/p1/instances", """{"name":"setup"}""", 200, """{"id":"i-9"}"""),
                Exchange("GET", "/v1/p1/instances?offset=0&limit=10", null, 200,
                    """{"instances":[{"id":"i-1","status":"running","node_count":2,"zone":"az1"}]}"""),
            ],
        },
        Case("listInstances", "GET", "/v1/{project_id}/instances", "4.2.2", "listInstances/auth/bad", CaseKind.Error, CaseOutcome.Passed, new() { BadCredentials = true }) with
        {
            Checks = [new("status", true, "401", "401")],
            Exchanges = [Exchange("GET", "/v1/p1/instances", null, 401, """{"errCode":"APIGW.0301","externalMessage":"bad token"}""")],
        },
    ];

    public static Exchange Exchange(string method, string path, string? body, int status, string responseBody)
    {
        List<KeyValuePair<string, string>> headers = [new("X-Auth-Token", "***")];
        if (body is not null) headers.Add(new("Content-Type", "application/json"));
        return new Exchange(method, BaseUrl + path, headers, body, status, [new("Content-Type", "application/json")], responseBody, TimeSpan.FromMilliseconds(12), null);
    }

    private static CaseResult Case(string operationId, string method, string path, string section, string caseId, CaseKind kind, CaseOutcome outcome, CaseSubject subject)
        => SampleRun.Case(operationId, method, path, section, caseId, kind, outcome, subject) with { Name = $"{method} {path}: {caseId}", DocTitle = section == "4.2.2" ? "Querying DDM Instances" : "Buying a DDM Instance" };

    public static ApiDescriptor Api() => new()
    {
        Name = "Ddm",
        SpecFile = "ddm.openapi.yaml",
        Title = "Distributed Database Middleware (DDM) API",
        Version = "2026-05-30",
        DocSource = "004_62bfcbc1e8d54d50.txt",
        Operations = [CreateInstance(), ListInstances()],
        ErrorCodes =
        [
            new("DBS.280001", 400, "Parameter error.", "Refresh the page, modify some parameters, and try again.", "invalid-parameter", ""),
            new("DBS.280100", 400, "Schema name already exists.", "Use another name.", "duplicate-schema-name", ""),
            new("DBS.300002", 400, "Server failure.", "Refresh the page and try again later.", "", "internal server failure"),
            new("DBS.300005", 400, "Failed to process the request. Contact technical support.", "-", "", ""),
        ],
        Findings = [new("DDM0002", "response 200 example 'ok' contradicts its table", "GET /v1/{project_id}/instances", "4.2.2", "ddm.openapi.yaml", 931)],
    };

    private static OperationDescriptor CreateInstance() => Operation("createInstance", "POST", "/v1/{project_id}/instances", "4.2.1", "Buying a DDM Instance",
        parameters: [],
        requestBody: new BodyDescriptor(true,
            """{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":4,"maxLength":64,"description":"Name of a DDM instance"},"admin_password":{"type":"string","description":"Administrator password"}}}""",
            []),
        responses: [new("200", "OK", new BodyDescriptor(false, """{"type":"object","properties":{"id":{"type":"string"}}}""", [new("ok", "", """{"id":"x"}""", 840, "")])), new("400", "Bad request", null)],
        requestExamples: [new("payPerUse", "Buying a pay-per-use instance", "POST https://{endpoint}/v1/{project_id}/instances", 800, """{"name":"ddm-01"}""")]);

    private static OperationDescriptor ListInstances() => Operation("listInstances", "GET", "/v1/{project_id}/instances", "4.2.2", "Querying DDM Instances",
        parameters: [new("limit", "query", false, """{"type":"integer","minimum":1,"maximum":128}""", "Maximum instances to be queried.")],
        requestBody: null,
        responses:
        [
            new("200", "OK", new BodyDescriptor(false,
                """{"type":"object","properties":{"instance_num":{"type":"integer","format":"int32","description":"Number of DDM instances of a tenant"},"instances":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","description":"DDM instance ID"},"status":{"type":"string","enum":["RUNNING","CREATING"],"description":"DDM instance status"},"node_count":{"type":"integer","description":"Number of nodes"}}}}}}""",
                [new("ok", "OK", """{"instance_num":26,"instances":[{"id":"73f2","status":"RUNNING","node_count":2}]}""", 1088, "")])),
            new("400", "Bad request", null),
        ],
        requestExamples: [new("listInstances", "Querying DDM instances", "GET https://{endpoint}/v1/{project_id}/instances?offset={offset}&limit={limit}", 1078, "")]);

    private static OperationDescriptor Operation(string id, string method, string path, string section, string title,
        IReadOnlyList<ParameterDescriptor> parameters, BodyDescriptor? requestBody, IReadOnlyList<ResponseDescriptor> responses, IReadOnlyList<RequestExampleDescriptor> requestExamples) => new()
    {
        Id = id,
        Method = method,
        PathTemplate = path,
        Summary = title,
        Section = section,
        Title = title,
        DocLine = 700,
        SpecLine = 10,
        Tags = ["Instances"],
        ErrorFormat = "v1",
        PermissionAction = "ddm:instance:" + id,
        IsDestructive = false,
        IsBillable = false,
        RequiresAuth = true,
        Parameters = parameters,
        RequestBody = requestBody,
        Responses = responses,
        RequestExamples = requestExamples,
        Links = [],
        ConditionalRequirements = [],
    };
}
