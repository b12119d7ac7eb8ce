using System.Text.Json.Nodes;
using DdmConformance.Api;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Checks;
using DdmConformance.Engine.Running;

namespace DdmConformance.Engine.Planning;

/// <summary>
/// Error codes the spec says how to provoke (x-error-codes[].provoke): the operation's documented request,
/// with real ids, spoiled exactly as the provocation says — a body field set, a query parameter set, a path
/// parameter replaced — or sent twice so the second collides with what the first created.
/// </summary>
public static class Provocations
{
    /// <summary>The provocations of <paramref name="api"/>'s codes that go to <paramref name="op"/>, with their code.</summary>
    public static IEnumerable<(ErrorCodeDescriptor Code, ProvocationDescriptor Provocation, int Index)> For(ApiDescriptor api, OperationDescriptor op)
        => api.ErrorCodes.SelectMany(code => code.Provocations.Select((p, i) => (code, p, i)))
            .Where(x => x.p.OperationId == op.Id);

    /// <summary>Path parameters some provocation of <paramref name="op"/> replaces: their unknown-value case is the provocation.</summary>
    public static IReadOnlySet<string> ReplacedPathParameters(ApiDescriptor api, OperationDescriptor op)
        => For(api, op).SelectMany(x => Parse(x.Provocation.PathJson).Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The case's sentence: what is spoiled, and what must come back.</summary>
    public static string Describe(OperationDescriptor op, ErrorCodeDescriptor code, ProvocationDescriptor provocation)
    {
        var changes = Parse(provocation.BodyPatchJson).Select(p => $"{p.Key.TrimStart('/').Replace('/', '.')}={Show(p.Value)}")
            .Concat(Parse(provocation.QueryJson).Select(p => $"?{p.Key}={Show(p.Value)}"))
            .Concat(Parse(provocation.PathJson).Select(p => $"{{{p.Key}}}={Show(p.Value)}"))
            .ToList();
        var how = provocation.Repeat ? "sent twice" + (changes.Count > 0 ? " with " + string.Join(", ", changes) : "")
            : changes.Count > 0 ? "with " + string.Join(", ", changes) : "as documented";
        return $"{op.Display} {how} yields {code.Status} with {code.Code}";
    }

    public static async Task ProvokeAsync(CaseRun run, ErrorCodeDescriptor code, ProvocationDescriptor provocation)
    {
        var op = run.Planned.Operation;
        // A deletion provoked (deleting twice) must not take the shared resource with it.
        var (bindings, missing) = CaseBodies.Ends(op) is { } ends
            ? await run.Pool.FreshBindingsAsync(op, ends.Name, run)
            : await run.Pool.SharedBindingsAsync(op, run);
        if (bindings is null)
        {
            run.Skip(missing!);
            return;
        }
        foreach (var (name, value) in Parse(provocation.PathJson)) bindings[name] = Text(value);
        var example = op.RequestExamples.FirstOrDefault(e => e.BodyJson.Length > 0) ?? op.RequestExamples.FirstOrDefault();
        var request = RequestFactory.FromExample(op, example, bindings);
        // Spoiled first, then bound: an item the recipe adds in the document's terms (the documented RDS instance again,
        // for a duplicate) is bound like the documented one, while a field the recipe sets (a wrong password) stays spoiled.
        Spoil(request, provocation);
        await BodyBindings.BindAsync(run, request, bindings, Parse(provocation.BodyPatchJson).Select(p => p.Key).ToHashSet(StringComparer.Ordinal));

        if (provocation.Repeat)
        {
            // The first send may succeed (it creates what the second collides with) or already collide with
            // what an earlier case created; either way the second must be refused.
            var first = await run.SendAsync(RequestFactory.Copy(request));
            if (first.IsSuccess) await CaseBodies.AcceptedAsync(run, op, request, first.Body);
        }
        var outcome = await run.SendAsync(request);
        run.Check(StatusCheck.Exactly(code.Status, outcome, $"{code.Code}: {code.Message}"));
        if (outcome.Status is >= 400)
            run.Check(ErrorBodyCheck.Check(run.Planned.Api, op, outcome.Body, outcome.Status == code.Status ? code.Code : null));
        if (outcome.IsSuccess) await CaseBodies.AcceptedAsync(run, op, request, outcome.Body);
    }

    private static void Spoil(ApiRequest request, ProvocationDescriptor provocation)
    {
        foreach (var (name, value) in Parse(provocation.QueryJson))
        {
            request.Query.RemoveAll(q => q.Key == name);
            request.Query.Add(new(name, Text(value)));
        }
        var patch = Parse(provocation.BodyPatchJson);
        if (patch.Count == 0) return;
        var body = request.JsonBody is { } json ? JsonNode.Parse(json) : new JsonObject();
        foreach (var (pointer, value) in patch) body = JsonPointer.Set(body, pointer, value?.DeepClone());
        request.JsonBody = body?.ToJsonString();
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json) as JsonObject ?? [];

    // Path and query values travel as text: a number or boolean in the spec is written as its JSON text.
    private static string Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";

    private static string Show(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length <= 40 ? text : text[..37] + "…";
    }
}
