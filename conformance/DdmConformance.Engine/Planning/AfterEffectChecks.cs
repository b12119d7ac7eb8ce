using System.Text.Json.Nodes;
using DdmConformance.Api;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Checks;
using DdmConformance.Engine.Http;
using DdmConformance.Engine.Running;

namespace DdmConformance.Engine.Planning;

/// <summary>
/// What a successful example must have left behind, read back from the target: a change shows in the resource's
/// read (update-persists), a deleted resource is gone from its read or its collection's list (read-after-delete).
/// </summary>
internal static class AfterEffectChecks
{
    /// <summary>After a change, reading the resource shows it (rename → the new name).</summary>
    public static async Task PersistedAsync(CaseRun run, OperationDescriptor op, ApiRequest request, Dictionary<string, string> bindings)
    {
        var parameter = op.PathParameters.LastOrDefault(p => p.Name != "project_id")?.Name;
        var reader = parameter is null ? null : ReaderOf(run.Pool.Api, parameter);
        if (reader is null || JsonNode.Parse(request.JsonBody!) is not JsonObject sent) return;
        var read = await run.SendAsync(RequestFactory.FromExample(reader, null, bindings));
        if (!read.IsSuccess || JsonNode.Parse(read.Body ?? "null") is not JsonObject shown) return;
        // A secret is never shown back; a field the table marks x-persists: false is not the resource's; one marked
        // x-reads-as: <field> is shown under that name (4.2.27's port is showInstance's access_port).
        var marks = JsonNode.Parse(op.RequestBody?.SchemaJson ?? "{}")?["properties"] as JsonObject ?? [];
        string? ShownAs(string field) => marks[field] switch
        {
            JsonObject m when m["x-persists"] is JsonValue p && p.GetValueKind() == System.Text.Json.JsonValueKind.False => null,
            JsonObject m when (string?)m["x-reads-as"] is { Length: > 0 } other => other,
            _ => field,
        };
        var compared = sent.Where(p => p.Value is JsonValue && !MaskedSecrets.IsSecretName(p.Key))
            .Select(p => (Sent: p.Key, Shown: ShownAs(p.Key), Value: (JsonValue)p.Value!))
            .Where(p => p.Shown is not null && shown.ContainsKey(p.Shown)).ToList();
        if (compared.Count == 0) return;
        var differing = compared.Where(p => !SameValue(p.Value, shown[p.Shown!]))
            .Select(p => $"{p.Shown} is {shown[p.Shown!]?.ToJsonString() ?? "null"}, sent {p.Sent} {p.Value.ToJsonString()}").ToList();
        run.Check(new Results.CheckResult("update-persists", differing.Count == 0, $"{reader.Id} shows the values {op.Id} set",
            differing.Count == 0 ? "shown" : string.Join("; ", differing)));
    }

    /// <summary>The same value; a field read under another name may be typed differently there (port 5066, access_port "5066").</summary>
    private static bool SameValue(JsonValue sent, JsonNode? shown)
        => JsonNode.DeepEquals(sent, shown)
           || (shown is JsonValue s && s.GetValueKind() is System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Number
               && sent.GetValueKind() is System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Number
               && Text(sent) == Text(s));

    private static string Text(JsonValue value) => value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    /// <summary>
    /// After a deletion, reading the resource yields 404 (deletion may take a while). Where no operation reads one
    /// such resource (instance groups), the collection's list must stop naming it.
    /// </summary>
    public static async Task GoneAsync(CaseRun run, OperationDescriptor op, string parameter, Dictionary<string, string> bindings)
    {
        var reader = ReaderOf(run.Pool.Api, parameter);
        if (reader is null)
        {
            if (ListOf(run.Pool.Api, op, parameter) is { } list) await UnlistedAsync(run, op, list, parameter, bindings);
            return;
        }
        var read = await PollAsync(run, reader, bindings, r => r.Status == 404 || !r.IsSuccess);
        run.Check(StatusCheck.Exactly(404, read, $"{reader.Id} after {op.Id}: the resource is gone") with { Check = "read-after-delete" });
        if (read.Status == 404) run.Pool.Ledger.Remove(parameter, bindings[parameter]);
    }

    /// <summary>The GET on the collection a deleted resource belonged to: <c>…/groups</c> for <c>DELETE …/groups/{group_id}</c>.</summary>
    private static OperationDescriptor? ListOf(ApiDescriptor api, OperationDescriptor deleter, string parameter)
    {
        var suffix = "/{" + parameter + "}";
        if (!deleter.PathTemplate.EndsWith(suffix, StringComparison.Ordinal)) return null;
        var collection = deleter.PathTemplate[..^suffix.Length];
        return api.Operations.FirstOrDefault(o => o.Method == "GET" && o.PathTemplate == collection);
    }

    /// <summary>Polls the collection until no value of its answer is the deleted id (deletion may take a while).</summary>
    private static async Task UnlistedAsync(CaseRun run, OperationDescriptor op, OperationDescriptor list, string parameter, Dictionary<string, string> bindings)
    {
        var id = bindings[parameter];
        bool Listed(HttpOutcome r) => r.IsSuccess && Names(JsonNode.Parse(r.Body ?? "null"), id);
        var read = await PollAsync(run, list, bindings, r => !Listed(r));
        var listed = Listed(read);
        if (!read.IsSuccess)
        {
            run.Check(StatusCheck.DocumentedSuccess(list, read) with { Check = "read-after-delete" });
            return;
        }
        run.Check(new Results.CheckResult("read-after-delete", !listed, $"{list.Id} after {op.Id} no longer lists {parameter} {id}",
            listed ? $"{list.Id} still lists it" : "not listed"));
        if (!listed) run.Pool.Ledger.Remove(parameter, id);

        static bool Names(JsonNode? node, string id) => node switch
        {
            JsonObject obj => obj.Any(p => Names(p.Value, id)),
            JsonArray array => array.Any(i => Names(i, id)),
            JsonValue v => v.GetValueKind() == System.Text.Json.JsonValueKind.String && v.GetValue<string>() == id,
            _ => false,
        };
    }

    /// <summary>
    /// Reads with <paramref name="reader"/> until <paramref name="done"/> holds or the ready timeout passes, backing off
    /// from 100 ms to 2 s (a deletion may take a while); returns the last answer.
    /// </summary>
    private static async Task<HttpOutcome> PollAsync(CaseRun run, OperationDescriptor reader, Dictionary<string, string> bindings, Func<HttpOutcome, bool> done)
    {
        var deadline = DateTimeOffset.UtcNow + run.Options.ReadyTimeout;
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var read = await run.SendAsync(RequestFactory.FromExample(reader, null, bindings));
            if (done(read) || DateTimeOffset.UtcNow + delay > deadline) return read;
            await Task.Delay(delay, run.CancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 1.6, 2000));
        }
    }

    /// <summary>The GET that reads one resource of <paramref name="parameter"/> (<c>…/{instance_id}</c>), shortest path first.</summary>
    private static OperationDescriptor? ReaderOf(ApiDescriptor api, string parameter)
        => api.Operations.Where(o => o.Method == "GET" && o.PathTemplate.EndsWith("{" + parameter + "}", StringComparison.Ordinal))
            .OrderBy(o => o.PathTemplate.Length).FirstOrDefault();
}
