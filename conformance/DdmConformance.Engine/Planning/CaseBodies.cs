using System.Text.Json.Nodes;
using DdmConformance.Api;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Checks;
using DdmConformance.Engine.Http;
using DdmConformance.Engine.Lifecycle;
using DdmConformance.Engine.Running;

namespace DdmConformance.Engine.Planning;

/// <summary>What each kind of case does. One method per kind, shared by every operation of every API.</summary>
public static class CaseBodies
{
    /// <summary>The code the catalogue prescribes for parameter errors (trigger <c>invalid-parameter</c>), if any.</summary>
    public static string? InvalidParameterCode(ApiDescriptor api)
        => api.ErrorCodes.FirstOrDefault(e => e.Trigger == "invalid-parameter")?.Code;

    public static async Task ExampleAsync(CaseRun run, RequestExampleDescriptor? example)
    {
        var op = run.Planned.Operation;
        var ends = Ends(op);
        var (bindings, missing) = op.PrepareFresh.Count > 0 ? await PreparedBindingsAsync(run, op)
            : ends is null ? await run.Pool.SharedBindingsAsync(op, run)
            : await run.Pool.FreshBindingsAsync(op, ends.Name, run);
        if (bindings is null)
        {
            run.Skip(missing!);
            return;
        }
        var request = RequestFactory.FromExample(op, example, bindings);
        if (op.Method == "POST") run.Pool.AvoidCollisions(request);
        await BodyBindings.BindAsync(run, request, bindings);
        var outcome = await run.SendAsync(request);
        run.Check(StatusCheck.DocumentedSuccess(op, outcome));
        if (!outcome.IsSuccess) return;

        CheckDocumentedBody(run, op, outcome, example?.Name);
        if (run.Pool.Producers.IsProducer(op)) run.Pool.Offer(op, request, outcome.Body, share: true);

        // No job id in the answer (a yearly/monthly order, say) means no job was started: nothing to wait for.
        if (op.AsyncJob is { } job && RuntimeExpression.Evaluate(job.JobIdExpression, request, outcome.Body) is { Length: > 0 } jobId)
        {
            run.Pool.RememberJob(jobId);
            var ready = new Dictionary<string, string>(bindings);
            foreach (var (parameter, expression) in run.Pool.Producers.ProducedBy(op))
                if (RuntimeExpression.Evaluate(expression, request, outcome.Body) is { } value) ready.TryAdd(parameter, value);
            if (run.Pool.ReadinessFor(op) is { } readiness && !(ends is not null && readiness != job))
            {
                var notReady = await run.WaitReadyAsync(readiness, ready, readiness == job ? jobId : null);
                run.Check(new Results.CheckResult("async-job", notReady is null, $"{readiness.ReadyOperationId} reports {readiness.ReadyField} in [{string.Join(", ", readiness.ReadyValues)}]", notReady ?? "done"));
            }
        }

        if (ends is not null)
            await AfterEffectChecks.GoneAsync(run, op, ends.Name, bindings);
        // A PUT sets state (a name, a security group); a POST action's body says how to act, not what to become.
        else if (op.Method == "PUT" && !run.Pool.Producers.IsProducer(op) && request.JsonBody is not null)
            await AfterEffectChecks.PersistedAsync(run, op, request, bindings);
    }

    public static async Task AuthAsync(CaseRun run, TargetClient.Credentials credentials)
    {
        var op = run.Planned.Operation;
        var bindings = op.IsDestructive ? UnknownBindings(run, op) : await BindingsOrUnknownAsync(run, op);
        var request = RequestFactory.FromExample(op, op.RequestExamples.FirstOrDefault(), bindings);
        var outcome = await run.SendAsync(request, credentials);
        run.Check(StatusCheck.Exactly(401, outcome, credentials == TargetClient.Credentials.None ? "no credentials" : "credentials the target cannot know"));
    }

    public static async Task UnknownIdAsync(CaseRun run, string parameter)
    {
        var op = run.Planned.Operation;
        var bindings = await BindingsOrUnknownAsync(run, op);
        bindings[parameter] = UnknownLike(run.Pool.Shared.GetValueOrDefault(parameter));
        var request = RequestFactory.FromExample(op, op.RequestExamples.FirstOrDefault(), bindings);
        var code = UnknownValueCode(run.Planned.Api, op, parameter);
        await ExpectErrorAsync(run, request, code?.Status ?? 404, $"no {parameter} {bindings[parameter]} exists", code?.Code);
    }

    /// <summary>The catalogue code the document gives for naming nothing in <paramref name="parameter"/> (its x-error-code), if any.</summary>
    public static ErrorCodeDescriptor? UnknownValueCode(ApiDescriptor api, OperationDescriptor op, string parameter)
        => op.PathParameters.FirstOrDefault(p => p.Name == parameter) is { } p
           && JsonNode.Parse(p.SchemaJson) is JsonObject schema && schema["x-error-code"] is JsonValue value && (string?)value is { Length: > 0 } code
            ? api.ErrorCode(code) : null;

    public static async Task MalformedJsonAsync(CaseRun run)
    {
        var request = await ValidRequestAsync(run);
        if (request is null) return;
        request.JsonBody = "{\"truncated\": ";
        await ExpectErrorAsync(run, request, 400, "the body is not JSON", InvalidParameterCode(run.Planned.Api));
    }

    public static async Task WrongContentTypeAsync(CaseRun run)
    {
        var request = await ValidRequestAsync(run);
        if (request is null) return;
        request.ContentType = "text/plain";
        await ExpectErrorAsync(run, request, 415, "Content-Type is not application/json (A.2)", expectedCode: null);
    }

    public static async Task InvalidBodyAsync(CaseRun run, InvalidInput input)
    {
        var request = await ValidRequestAsync(run);
        if (request is null) return;
        var valid = JsonNode.Parse(request.JsonBody!)!;
        if (input.BaseKeepsRule is { } keeps && !keeps(valid))
        {
            run.Skip($"the value sent for {input.Field} (as documented) already breaks this rule, and the document shows it succeeding: spoiling it further proves nothing");
            return;
        }
        request.JsonBody = input.Apply(valid).ToJsonString();
        await ExpectErrorAsync(run, request, 400, $"the table forbids it: {input.Description}", input.Code ?? InvalidParameterCode(run.Planned.Api));
    }

    public static async Task InvalidQueryAsync(CaseRun run, string name, string value)
    {
        var request = await ValidRequestAsync(run);
        if (request is null) return;
        request.Query.RemoveAll(q => q.Key == name);
        request.Query.Add(new(name, value));
        await ExpectErrorAsync(run, request, 400, $"{name}={value} is outside the documented values", InvalidParameterCode(run.Planned.Api));
    }

    /// <summary>
    /// The condition holds, everything else it requires is there, and exactly <paramref name="missing"/> is left out:
    /// only the conditional requirement can be the reason for a refusal.
    /// </summary>
    public static async Task ConditionalAsync(CaseRun run, ConditionalRequirement rule, string missing)
    {
        var op = run.Planned.Operation;
        var request = await ValidRequestAsync(run);
        if (request is null) return;
        void Set(string name, string value)
        {
            request.Query.RemoveAll(q => q.Key == name);
            request.Query.Add(new(name, value));
        }
        Set(rule.IfParameter, rule.IfValue);
        // What identifies the registration (x-unique: DMS's Port) gets a value of its own, so the request cannot
        // be refused as a duplicate of an earlier case's: only the missing parameter is wrong with it.
        foreach (var p in op.Parameters.Where(p => p.In == "query" && JsonNode.Parse(p.SchemaJson) is JsonObject s && s["x-unique"] is JsonValue u && u.GetValueKind() == System.Text.Json.JsonValueKind.True))
            Set(p.Name, Unique(p.SchemaJson));
        var required = op.ConditionalRequirements.Where(r => r.IfParameter == rule.IfParameter && r.IfValue == rule.IfValue).SelectMany(r => r.Then).Distinct();
        foreach (var name in required.Where(n => n != missing && request.Query.All(q => q.Key != n)))
        {
            if (op.Parameters.FirstOrDefault(p => p.In == "query" && p.Name == name) is not { } p || RequestFactory.Sample(p) is not { } value)
            {
                run.Skip($"no value for {name}, which {rule.IfParameter}={rule.IfValue} also requires");
                return;
            }
            Set(name, value);
        }
        request.Query.RemoveAll(q => q.Key == missing);
        await ExpectErrorAsync(run, request, 400, $"{missing} is required when {rule.IfParameter} is {rule.IfValue}", InvalidParameterCode(run.Planned.Api));
    }

    private static string Unique(string schemaJson)
    {
        var schema = JsonNode.Parse(schemaJson) as JsonObject;
        if ((string?)schema?["type"] is "integer" or "number")
        {
            var min = schema!["minimum"] is JsonValue lo ? (int)lo.GetValue<double>() : 1024;
            var max = schema["maximum"] is JsonValue hi ? (int)hi.GetValue<double>() : 65535;
            return Random.Shared.Next(Math.Max(min, 1024), Math.Max(Math.Min(max, 65535), 1025)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return "u" + Guid.NewGuid().ToString("N")[..12];
    }

    /// <summary>The method the wrong-method case sends: one no DDM path documents.</summary>
    public const string UndocumentedMethod = "PATCH";

    /// <summary>An undocumented method on a documented path yields 405 (skipped in read-only mode).</summary>
    public static async Task WrongMethodAsync(CaseRun run)
    {
        var op = run.Planned.Operation;
        if (run.Options.Mode == Configuration.RunMode.ReadOnly)
        {
            // A target that does implement PATCH here would change something: not in read-only mode.
            run.Skip("read-only mode: PATCH is a mutating request");
            return;
        }
        var bindings = await BindingsOrUnknownAsync(run, op);
        var request = new ApiRequest(UndocumentedMethod, op.PathTemplate, op.Id);
        foreach (var (k, v) in bindings) request.PathValues[k] = v;
        var outcome = await run.SendAsync(request);
        run.Check(StatusCheck.Exactly(405, outcome, "the method is not documented for this path (A.2)"));
    }

    /// <summary>A change requested while the resource is still being created is refused with the catalogued code.</summary>
    public static async Task NotAvailableAsync(CaseRun run, ErrorCodeDescriptor code)
    {
        var op = run.Planned.Operation;
        var parameter = op.PathParameters.Last().Name;
        var (bindings, missing) = await run.Pool.FreshBindingsAsync(op, parameter, run, waitReady: false);
        if (bindings is null)
        {
            run.Skip(missing!);
            return;
        }
        var example = op.RequestExamples.FirstOrDefault(e => e.BodyJson.Length > 0) ?? op.RequestExamples.FirstOrDefault();
        var request = RequestFactory.FromExample(op, example, bindings);
        await BodyBindings.BindAsync(run, request, bindings);

        // The precondition is a race against the target's provisioning: look before and after, and give a
        // verdict only when the resource demonstrably stayed in its not-yet-available state throughout. The
        // look is the creator's readiness poll (the instance's status), not the operation's own job.
        var readiness = run.Pool.Producers.For(run.Pool.Producers.SlotFor(op, parameter))?.Op.AsyncJob is { } creator
                        && run.Pool.Api.Operation(creator.ReadyOperationId) is not null ? creator : run.Pool.ReadinessFor(op);
        var before = readiness is null ? null : await ReadyValueAsync(run, readiness, bindings);
        if (before is null)
        {
            run.Skip($"the state of the new {parameter} could not be read, so its availability is unknown; {code.Code} could not be provoked");
            return;
        }
        if (readiness!.ReadyValues.Contains(before))
        {
            run.Skip($"the {parameter} was already available before the request was sent; {code.Code} could not be provoked");
            return;
        }
        var outcome = await run.SendAsync(request);
        var expected = outcome.Status == code.Status && ErrorBodyCheck.CodeOf(op, outcome.Body) == code.Code;
        if (!expected && await ReadyValueAsync(run, readiness, bindings) is var after && after != before)
        {
            // Another answer (another status, or the same status with another code), and the state moved (to ready,
            // or to the change's own transitional state): the target may have finished provisioning while the request
            // was in flight (a throttled request waits) and then judged the request on other grounds, so the answer
            // is no evidence either way.
            run.Skip($"the {parameter} left its '{before}' state while the request was in flight (now '{after}'); {code.Code} could not be provoked reliably");
            if (outcome.IsSuccess) await SettleAsync(run, op, request, outcome.Body);
            return;
        }
        if (outcome.Status == code.Status && ErrorBodyCheck.CodeOf(op, outcome.Body) is { } other && other != code.Code
            && run.Planned.Api.ErrorCode(other) is not null && other != InvalidParameterCode(run.Planned.Api))
        {
            // Refused for another documented reason first (4.3.6 on a new instance: its RDS belongs to the shared
            // one, DBS.300110): the request had more than one fault, so it proves nothing about availability.
            run.Skip($"the request was refused with {other} before availability was judged; {code.Code} could not be provoked with it");
            return;
        }
        run.Check(StatusCheck.Exactly(code.Status, outcome, $"the {parameter} was bought moments ago and is not available yet ('{before}')"));
        if (outcome.Status is >= 400) run.Check(ErrorBodyCheck.Check(run.Planned.Api, op, outcome.Body, outcome.Status == code.Status ? code.Code : null));
        if (outcome.IsSuccess) await SettleAsync(run, op, request, outcome.Body);
    }

    /// <summary>One look at the resource: the value of the field the spec names as its readiness state.</summary>
    private static async Task<string?> ReadyValueAsync(CaseRun run, AsyncJobDescriptor readiness, IReadOnlyDictionary<string, string> bindings)
    {
        if (run.Pool.Api.Operation(readiness.ReadyOperationId) is not { } poll) return null;
        var look = await run.SendAsync(RequestFactory.FromExample(poll, null, bindings));
        return look.IsSuccess ? RuntimeExpression.Pointer(look.Body, readiness.ReadyField) : null;
    }

    /// <summary>
    /// The state the example needs (x-prepare): new resources, then the operations that bring them there, each
    /// its documented example, waited for. A step the target refuses leaves the case unjudged, with the reason.
    /// </summary>
    private static async Task<(Dictionary<string, string>? Bindings, string? Missing)> PreparedBindingsAsync(CaseRun run, OperationDescriptor op)
    {
        var (bindings, missing) = await run.Pool.FreshChainAsync(op, op.PrepareFresh, run);
        if (bindings is null) return (null, missing);
        foreach (var id in op.PrepareAfter)
        {
            if (run.Planned.Api.Operation(id) is not { } step) return (null, $"x-prepare names {id}, which the spec does not have");
            var request = RequestFactory.FromExample(step, step.RequestExamples.FirstOrDefault(e => e.BodyJson.Length > 0) ?? step.RequestExamples.FirstOrDefault(), bindings);
            await BodyBindings.BindAsync(run, request, bindings);
            var outcome = await run.SendSetupAsync(request);
            if (!outcome.IsSuccess) return (null, $"preparing with {id} failed: {StatusCheck.Actual(outcome)}");
            if (step.AsyncJob is { } job && RuntimeExpression.Evaluate(job.JobIdExpression, request, outcome.Body) is { Length: > 0 } jobId
                && run.Pool.ReadinessFor(step) is { } readiness
                && await run.WaitReadyAsync(readiness, bindings, readiness == job ? jobId : null) is { } notReady)
                return (null, $"preparing with {id}: {notReady}");
        }
        return (bindings, null);
    }

    /// <summary>The documented limit is honoured: with limit=1 the page holds at most one item.</summary>
    public static async Task PaginationAsync(CaseRun run, string arrayField)
    {
        var request = await ValidRequestAsync(run);
        if (request is null) return;
        request.Query.RemoveAll(q => q.Key is "limit" or "offset");
        request.Query.Add(new("limit", "1"));
        var outcome = await run.SendAsync(request);
        run.Check(StatusCheck.DocumentedSuccess(run.Planned.Operation, outcome));
        if (!outcome.IsSuccess) return;
        var items = (JsonNode.Parse(outcome.Body ?? "null") as JsonObject)?[arrayField] as JsonArray;
        run.Check(new Results.CheckResult("pagination", items is not null && items.Count <= 1, $"at most 1 item in {arrayField} with limit=1",
            items is null ? $"no array {arrayField}" : $"{items.Count} items"));
    }

    /// <summary>
    /// The array a list operation pages through: the array property named like the collection the path lists
    /// (<c>…/instances</c> pages <c>instances</c>). Where the names differ (flavors grouped into
    /// <c>computeFlavorGroups</c>) what the limit counts is not evident, so no pagination case is made.
    /// </summary>
    public static string? PagedArray(OperationDescriptor op)
    {
        var body = op.Responses.FirstOrDefault(r => r.Status.StartsWith('2'))?.Body;
        if (body is null || JsonNode.Parse(body.SchemaJson) is not JsonObject schema || schema["properties"] is not JsonObject properties) return null;
        var collection = Normalise(op.PathTemplate.Split('/').Last(s => s.Length > 0 && !s.StartsWith('{')));
        return properties.FirstOrDefault(p => (string?)p.Value?["type"] == "array" && Normalise(p.Key) == collection).Key;

        static string Normalise(string name) => name.Replace("_", "").Replace("-", "").ToLowerInvariant();
    }

    private static async Task ExpectErrorAsync(CaseRun run, ApiRequest request, int status, string why, string? expectedCode)
    {
        var op = run.Planned.Operation;
        var outcome = await run.SendAsync(request);
        var refusal = ErrorBodyCheck.RefusalStatus(op, status);
        run.Check(StatusCheck.Exactly(refusal, outcome, why));
        if (refusal != status && outcome.Status == refusal)
        {
            // An envelope API: the refusal is in the body.
            run.Check(ErrorBodyCheck.EnvelopeFailed(outcome.Body));
            run.Check(ErrorBodyCheck.Check(run.Planned.Api, op, outcome.Body, expectedCode));
            return;
        }
        if (outcome.Status is >= 400) run.Check(ErrorBodyCheck.Check(run.Planned.Api, op, outcome.Body, outcome.Status == status ? expectedCode : null));
        if (outcome.IsSuccess) await AcceptedAsync(run, op, request, outcome.Body);
    }

    /// <summary>The documented example request with real ids: the valid base an error case spoils one thing of.</summary>
    private static async Task<ApiRequest?> ValidRequestAsync(CaseRun run)
    {
        var op = run.Planned.Operation;
        var (bindings, missing) = await run.Pool.SharedBindingsAsync(op, run);
        if (bindings is null)
        {
            run.Skip(missing!);
            return null;
        }
        var example = op.RequestExamples.FirstOrDefault(e => e.BodyJson.Length > 0) ?? op.RequestExamples.FirstOrDefault();
        var request = RequestFactory.FromExample(op, example, bindings);
        await BodyBindings.BindAsync(run, request, bindings);
        return request;
    }

    private static void CheckDocumentedBody(CaseRun run, OperationDescriptor op, HttpOutcome outcome, string? exampleName)
    {
        var response = op.Response(outcome.Status!.Value);
        if (response?.Body is not { } body) return;
        if (!string.IsNullOrWhiteSpace(outcome.Body))
            run.Check(new Results.CheckResult("content-type", outcome.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true,
                "Content-Type application/json", outcome.ContentType ?? "(none)", Results.CheckSeverity.Warning));
        run.Check(SchemaCheck.Check(body.SchemaJson, outcome.Body, $"{outcome.Status} body"));
        var paired = body.Examples.FirstOrDefault(e => e.Name == exampleName) ?? body.Examples.FirstOrDefault();
        if (paired is not null) run.Check(PairedExampleCheck.Check(paired.Json, paired.Name, body.SchemaJson, outcome.Body));
    }

    /// <summary>
    /// A request that had to fail was accepted: what it created goes into the ledger (so cleanup removes it),
    /// and the work it started is let finish before the next case.
    /// </summary>
    internal static async Task AcceptedAsync(CaseRun run, OperationDescriptor op, ApiRequest request, string? body)
    {
        if (run.Pool.Producers.IsProducer(op)) run.Pool.Offer(op, request, body, share: false);
        await SettleAsync(run, op, request, body);
    }

    /// <summary>An error case the target accepted may have started work; let it finish before the next case.</summary>
    private static async Task SettleAsync(CaseRun run, OperationDescriptor op, ApiRequest request, string? body)
    {
        if (op.AsyncJob is not { } job || Ends(op) is not null) return;
        if (RuntimeExpression.Evaluate(job.JobIdExpression, request, body) is not { Length: > 0 } jobId) return; // no job was started
        if (run.Pool.ReadinessFor(op) is { } readiness) await run.WaitReadyAsync(readiness, request.PathValues, readiness == job ? jobId : null);
    }

    /// <summary>The path parameter whose resource the operation ends (DELETE …/{id}), or null.</summary>
    public static ParameterDescriptor? Ends(OperationDescriptor op)
        => op.Method == "DELETE" ? op.PathParameters.LastOrDefault(p => p.Name != "project_id" && op.PathTemplate.EndsWith("{" + p.Name + "}", StringComparison.Ordinal)) : null;

    private static async Task<Dictionary<string, string>> BindingsOrUnknownAsync(CaseRun run, OperationDescriptor op)
    {
        var (bindings, _) = await run.Pool.SharedBindingsAsync(op, run);
        return bindings ?? UnknownBindings(run, op);
    }

    private static Dictionary<string, string> UnknownBindings(CaseRun run, OperationDescriptor op)
    {
        var bindings = new Dictionary<string, string>(StringComparer.Ordinal) { ["project_id"] = run.Pool.ProjectId };
        foreach (var p in op.PathParameters.Where(p => p.Name != "project_id"))
            bindings[p.Name] = UnknownLike(run.Pool.Shared.GetValueOrDefault(p.Name));
        return bindings;
    }

    /// <summary>A value shaped like a real one (same length, same non-hex suffix) that names nothing.</summary>
    public static string UnknownLike(string? real)
    {
        if (string.IsNullOrEmpty(real)) return (Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"))[..32];
        // A name with few hex digits (a schema "mytestdb") could come back unchanged: draw until it differs.
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var hex = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
            var chars = real.ToCharArray();
            var k = 0;
            for (var i = 0; i < chars.Length; i++)
                if (Uri.IsHexDigit(chars[i]) && (i < chars.Length - 4 || !real.EndsWith("09", StringComparison.Ordinal))) chars[i] = hex[k++ % hex.Length];
            var candidate = new string(chars);
            if (candidate != real) return candidate;
        }
        // No hex digit to vary: vary the last letters, keeping their kind (and so the value's pattern).
        var letters = real.ToCharArray();
        for (var i = Math.Max(1, letters.Length - 4); i < letters.Length; i++)
            if (char.IsLetter(letters[i])) letters[i] = letters[i] == 'q' ? 'z' : char.IsUpper(letters[i]) ? 'Q' : 'q';
        var varied = new string(letters);
        return varied != real ? varied : real + "q";
    }
}
