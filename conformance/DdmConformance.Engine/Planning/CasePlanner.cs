using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Http;
using DdmConformance.Engine.Lifecycle;
using DdmConformance.Engine.Results;
using DdmConformance.Engine.Running;

namespace DdmConformance.Engine.Planning;

/// <summary>
/// Derives every case from the catalog, in an order the spec's links imply: producers first (their
/// examples create the shared resources), then reads, then changes, then destructive operations, and
/// deletions last (each on a resource of its own). Nothing here is written per operation.
/// </summary>
public static class CasePlanner
{
    public static IReadOnlyList<PlannedCase> Plan(IEnumerable<ApiDescriptor> apis, RunOptions options)
    {
        var cases = new List<PlannedCase>();
        foreach (var api in apis.Where(a => options.Apis.Count == 0 || options.Apis.Contains(a.Name, StringComparer.OrdinalIgnoreCase)))
        {
            var producers = new Producers(api);
            var operations = api.Operations
                .Where(op => options.Tags.Count == 0 || op.Tags.Any(t => options.Tags.Contains(t, StringComparer.OrdinalIgnoreCase)))
                .Select((op, index) => (op, index))
                .OrderBy(x => Phase(x.op, producers))
                .ThenBy(x => x.index)
                .Select(x => x.op);
            foreach (var op in operations)
                cases.AddRange(ForOperation(api, op, options, producers));
        }
        return cases;
    }

    /// <summary>Why an operation may not run in this mode, or null.</summary>
    public static string? Excluded(OperationDescriptor op, RunMode mode) => mode switch
    {
        RunMode.ReadOnly when op.IsMutating => $"read-only mode: {op.Method} is a mutating request",
        RunMode.NonDisruptive when op.IsDestructive => "non-disruptive mode: the operation is destructive (x-destructive)",
        RunMode.NonDisruptive when op.IsBillable => "non-disruptive mode: the operation costs money (x-billable)",
        _ => null,
    };

    private static int Phase(OperationDescriptor op, Producers producers)
        => producers.IsProducer(op) ? 0
            : !op.IsMutating ? 1
            : !op.IsDestructive ? 2
            : op.Method != "DELETE" ? 3
            : 4;

    private static IEnumerable<PlannedCase> ForOperation(ApiDescriptor api, OperationDescriptor op, RunOptions options, Producers producers)
    {
        PlannedCase Case(string id, string name, CaseKind kind, int docLine, Func<CaseRun, Task> body, CaseSubject? subject = null) => new()
        {
            CaseId = $"{op.Id}/{id}",
            Name = name,
            Kind = kind,
            Api = api,
            Operation = op,
            DocLine = docLine,
            Subject = subject ?? CaseSubject.None,
            Body = run => Excluded(op, options.Mode) is { } why ? Skip(run, why) : body(run),
        };

        var examples = op.RequestExamples.Count > 0 ? op.RequestExamples : [null];
        foreach (var example in examples)
        {
            var label = example is null ? "a request built from the tables" : $"documented example '{example.Name}'";
            yield return Case(example is null ? "example/tables" : "example/" + example.Name,
                $"{op.Display}: {label} ({op.Section}) yields a documented response",
                CaseKind.Example, example?.DocLine ?? op.DocLine, run => CaseBodies.ExampleAsync(run, example),
                new CaseSubject { Example = example?.Name });
        }

        if (op.RequiresAuth)
        {
            yield return Case("auth/missing", $"{op.Display} without a token yields 401", CaseKind.Error, op.DocLine,
                run => CaseBodies.AuthAsync(run, TargetClient.Credentials.None));
            yield return Case("auth/bad", $"{op.Display} with a bad token yields 401", CaseKind.Error, op.DocLine,
                run => CaseBodies.AuthAsync(run, TargetClient.Credentials.Bad), new CaseSubject { BadCredentials = true });
        }

        // A provocation that replaces a path parameter is the documented answer to an unknown one (400 with a
        // specific code rather than the generic 404): that case stands in for the generic one.
        var provoked = Provocations.ReplacedPathParameters(api, op);
        foreach (var p in op.PathParameters.Where(p => p.Name != "project_id" && !provoked.Contains(p.Name)))
            yield return Case("unknown/" + p.Name, $"{op.Display} with an unknown {p.Name} yields "
                    + (CaseBodies.UnknownValueCode(api, op, p.Name) is { } code ? $"{code.Status} with {code.Code}" : "404"), CaseKind.Error, op.DocLine,
                run => CaseBodies.UnknownIdAsync(run, p.Name), new CaseSubject { Parameter = p.Name });

        var bodyExample = op.RequestExamples.FirstOrDefault(e => e.BodyJson.Length > 0)?.BodyJson ?? op.RequestBody?.Examples.FirstOrDefault()?.Json;
        if (op.RequestBody is not null && bodyExample is not null)
        {
            yield return Case("malformed-json", $"{op.Display} with a body that is not JSON yields 400", CaseKind.Error, op.DocLine,
                run => CaseBodies.MalformedJsonAsync(run));
            yield return Case("content-type", $"{op.Display} with a text/plain body yields 415", CaseKind.Error, op.DocLine,
                run => CaseBodies.WrongContentTypeAsync(run));
            var schema = System.Text.Json.Nodes.JsonNode.Parse(op.RequestBody.SchemaJson) as System.Text.Json.Nodes.JsonObject;
            var body = System.Text.Json.Nodes.JsonNode.Parse(bodyExample);
            if (schema is not null && body is not null)
                foreach (var (input, i) in InvalidInputs.ForBody(schema, body).Select((x, i) => (x, i)))
                    yield return Case($"invalid/{input.Kind}/{input.Field}/{i}", $"{op.Display} {input.Description} yields 400 {(input.Code is { } c ? "with " + c : ExpectedCodeText(api))}",
                        CaseKind.Error, op.DocLine, run => CaseBodies.InvalidBodyAsync(run, input), new CaseSubject { BodyField = input.Field });
        }

        foreach (var p in op.Parameters.Where(p => p.In == "query"))
        {
            if (System.Text.Json.Nodes.JsonNode.Parse(p.SchemaJson) is not System.Text.Json.Nodes.JsonObject s) continue;
            foreach (var (kind, description, value) in InvalidInputs.ForQuery(p.Name, s))
                yield return Case($"invalid-query/{kind}/{p.Name}/{value}", $"{op.Display} {description} yields 400 {ExpectedCodeText(api)}",
                    CaseKind.Error, op.DocLine, run => CaseBodies.InvalidQueryAsync(run, p.Name, value), new CaseSubject { Parameter = p.Name });
        }

        // Requirements the document states as conditions (DMS: EcsInstanceId when InstanceSource is ECS_OWN).
        foreach (var (rule, index) in op.ConditionalRequirements.Select((r, i) => (r, i)))
            foreach (var missing in rule.Then.Where(t => op.Parameters.Any(p => p.In == "query" && p.Name == t)))
                yield return Case($"conditional/{index + 1}/{missing}", $"{op.Display} with {rule.IfParameter}={rule.IfValue} but without {missing} yields 400 {ExpectedCodeText(api)}",
                    CaseKind.Error, op.DocLine, run => CaseBodies.ConditionalAsync(run, rule, missing));

        if (op.Parameters.Any(p => p.In == "query" && p.Name == "limit") && CaseBodies.PagedArray(op) is { } array)
            yield return Case("pagination/limit", $"{op.Display} with limit=1 returns at most one of {array}", CaseKind.Lifecycle, op.DocLine,
                run => CaseBodies.PaginationAsync(run, array));

        foreach (var code in api.ErrorCodes.Where(c => c.Trigger.Length > 0))
            if (ErrorRecipes.For(code.Trigger) is { } recipe && recipe.AppliesTo(op, producers))
                yield return Case($"error-code/{code.Code}", recipe.Describe(op, code), CaseKind.Error, op.DocLine, run => recipe.Body(run, code),
                    new CaseSubject { ErrorCode = code.Code });

        foreach (var (code, provocation, index) in Provocations.For(api, op))
            yield return Case($"error-code/{code.Code}/{index + 1}", Provocations.Describe(op, code, provocation), CaseKind.Error, op.DocLine,
                run => Provocations.ProvokeAsync(run, code, provocation), new CaseSubject { ErrorCode = code.Code });

        var siblings = api.Operations.Where(o => o.PathTemplate == op.PathTemplate).Select(o => o.Method).ToHashSet();
        if (op == api.Operations.First(o => o.PathTemplate == op.PathTemplate) && !siblings.Contains(CaseBodies.UndocumentedMethod))
            yield return Case("method-not-allowed", $"{CaseBodies.UndocumentedMethod} {op.PathTemplate} (not documented) yields 405", CaseKind.Error, op.DocLine,
                run => CaseBodies.WrongMethodAsync(run), new CaseSubject { UndocumentedMethod = CaseBodies.UndocumentedMethod });
    }

    private static string ExpectedCodeText(ApiDescriptor api)
        => CaseBodies.InvalidParameterCode(api) is { } code ? "with " + code : "";

    private static Task Skip(CaseRun run, string why)
    {
        run.Skip(why);
        return Task.CompletedTask;
    }
}

