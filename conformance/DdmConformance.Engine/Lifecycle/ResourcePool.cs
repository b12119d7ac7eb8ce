using DdmConformance.Api;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Http;
using DdmConformance.Engine.Planning;
using DdmConformance.Engine.Running;

namespace DdmConformance.Engine.Lifecycle;

/// <summary>
/// The resources cases run against. A shared resource per parameter (the first one a producer's
/// example created) serves every non-destructive case; destructive cases that end a resource get a
/// fresh one. Everything created is in the <see cref="ResourceLedger"/> until deleted.
/// </summary>
public sealed class ResourcePool(ApiDescriptor api, Producers producers, ResourceLedger ledger, string projectId, RunMode mode,
    IReadOnlyDictionary<string, string>? fixtures = null)
{
    // Fixture values (ids the user gave) stand in for resources the run may not or cannot create.
    private readonly Dictionary<string, string> shared = new(fixtures ?? new Dictionary<string, string>(), StringComparer.Ordinal) { ["project_id"] = projectId };
    private readonly Dictionary<string, string> failures = new(StringComparer.Ordinal);
    private readonly HashSet<string> given = new((fixtures ?? new Dictionary<string, string>()).Keys, StringComparer.Ordinal);

    // The path parameter of the job poll (GET /v3/{project_id}/jobs/{job_id}): no operation produces a job, but
    // every asynchronous answer carries one, so the first job id seen serves the poll's own cases.
    private readonly string? jobParameter = api.Operations
        .Select(o => o.AsyncJob is { } job ? api.Operation(job.ReadyOperationId) : null)
        .SelectMany(poll => poll?.PathParameters.Where(p => p.Name != "project_id" && producers.For(p.Name) is null) ?? [])
        .Select(p => p.Name).FirstOrDefault();

    public ApiDescriptor Api => api;

    public Producers Producers => producers;

    public ResourceLedger Ledger => ledger;

    public string ProjectId => projectId;

    /// <summary>Values for the path parameters of <paramref name="op"/> from the shared pool, or why there are none.</summary>
    public async Task<(Dictionary<string, string>? Bindings, string? Missing)> SharedBindingsAsync(OperationDescriptor op, CaseRun run)
    {
        var bindings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in op.PathParameters)
        {
            var slot = producers.SlotFor(op, p.Name);
            if (!shared.ContainsKey(slot))
            {
                var why = await CreateAsync(slot, run, share: true);
                if (why is not null) return (null, why);
            }
            bindings[p.Name] = shared[slot];
        }
        // A query parameter the spec links to a producer (engine_id from the engine list) is bound too, when it
        // is required or the documented example sends one (the document's own id names nothing on this target).
        foreach (var q in op.Parameters.Where(q => q.In == "query" && (producers.For(q.Name) ?? producers.DiscovererOf(q.Name)) is not null
                     && (q.Required || op.RequestExamples.Any(e => e.RequestLine.Contains(q.Name + "=", StringComparison.Ordinal)))))
            if (await EnsureSharedAsync(q.Name, run) is { } value) bindings[q.Name] = value;
        // A query parameter a fixture names, by its own name (DMS's DbaUid: a user of the tenant) or by its x-fixture
        // mark (DMS's Host: the vendor's database), takes the fixture's value.
        foreach (var q in op.Parameters.Where(q => q.In == "query" && !bindings.ContainsKey(q.Name)))
            if (shared.TryGetValue(FixtureNameOf(q.SchemaJson) ?? q.Name, out var fixture) || shared.TryGetValue(q.Name, out fixture)) bindings[q.Name] = fixture;
        return (bindings, null);
    }

    /// <summary>The fixture a parameter or body field is marked with (<c>x-fixture: vpc_id</c>), or null.</summary>
    private static string? FixtureNameOf(string schemaJson)
        => System.Text.Json.Nodes.JsonNode.Parse(schemaJson) is System.Text.Json.Nodes.JsonObject schema && (string?)schema["x-fixture"] is { Length: > 0 } name ? name : null;

    /// <summary>Whether the user gave a value for fixture <paramref name="name"/> (a discovered one does not count).</summary>
    public bool IsGiven(string name) => given.Contains(name);

    /// <summary>
    /// The value of fixture <paramref name="name"/>: the one given; else, with <paramref name="discover"/>, one a read
    /// the spec links to it lists (an engine from the engine list; nothing is ever created for a fixture) — the
    /// <paramref name="documented"/> one when it is listed, else the first; else null.
    /// </summary>
    public async Task<string?> FixtureAsync(string name, string? documented, CaseRun run, bool discover)
    {
        if (given.Contains(name)) return shared[name];
        if (!discover || producers.For(name) is not null || producers.DiscovererOf(name) is null || await EnsureSharedAsync(name, run) is not { } first) return null;
        // The documented value stays where the target lists it (an example's second node class is as real as the first).
        return documented is not null && discovered.GetValueOrDefault(name)?.Contains(documented) == true ? documented : first;
    }

    // Every value a discovering read listed, by parameter: a documented value among them names something real here.
    private readonly Dictionary<string, IReadOnlyList<string>> discovered = new(StringComparer.Ordinal);

    /// <summary>A shared value for <paramref name="parameter"/> (created or discovered on first use), or null when none can be had.</summary>
    public async Task<string?> EnsureSharedAsync(string parameter, CaseRun run)
    {
        // A creating body that names the very kind of resource being created refers to nothing yet.
        if (creating.Contains(parameter)) return null;
        if (!shared.ContainsKey(parameter) && await CreateAsync(parameter, run, share: true) is not null) return null;
        return shared.GetValueOrDefault(parameter);
    }

    /// <summary>Every path-parameter name of the API: the names a body may use to refer to a resource.</summary>
    public IReadOnlySet<string> ResourceNames { get; } = api.Operations.SelectMany(o => o.PathParameters).Select(p => p.Name)
        .Where(n => n != "project_id").ToHashSet(StringComparer.Ordinal);

    /// <summary>A new resource for a case that will end it (delete); other path parameters come from the pool.</summary>
    public async Task<(Dictionary<string, string>? Bindings, string? Missing)> FreshBindingsAsync(OperationDescriptor op, string parameter, CaseRun run, bool waitReady = true)
    {
        var why = await CreateAsync(producers.SlotFor(op, parameter), run, share: false, waitReady);
        if (why is not null) return (null, why);
        var fresh = lastCreated!;
        var (bindings, missing) = await SharedBindingsAsync(op, run);
        if (bindings is null) return (null, missing);
        bindings[parameter] = fresh;
        return (bindings, null);
    }

    private string? lastCreated;

    /// <summary>Called with every successful response of a producer: records what it created.</summary>
    public void Offer(OperationDescriptor op, ApiRequest request, string? responseBody, bool share)
    {
        foreach (var (slot, expression) in producers.ProducedBy(op))
        {
            var value = RuntimeExpression.Evaluate(expression, request, responseBody);
            if (string.IsNullOrEmpty(value)) continue;
            ledger.Add(new CreatedResource(api.Name, Producers.ParameterOf(slot), value, op.Id, DateTimeOffset.UtcNow)
            {
                Parents = new Dictionary<string, string>(request.PathValues, StringComparer.Ordinal),
            });
            lastCreated = value;
            if (share) shared.TryAdd(slot, value);
        }
    }

    /// <summary>
    /// Creating requests name some resources themselves (a schema <c>mytestdb</c>, an account <c>DDMuser1</c>): sent
    /// again as documented, for a second resource, they would collide with the first. A documented value of the
    /// body that names a resource this run created already is varied — its last characters replaced by random
    /// ones of the same kind, so length and pattern still hold. Call before real ids are bound into the body.
    /// </summary>
    public void AvoidCollisions(ApiRequest request)
    {
        if (request.JsonBody is null || System.Text.Json.Nodes.JsonNode.Parse(request.JsonBody) is not { } body) return;
        var taken = ledger.Outstanding.Where(r => r.Api == api.Name).Select(r => r.Value).ToHashSet(StringComparer.Ordinal);
        if (taken.Count == 0) return;
        var changed = false;
        void Visit(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject obj:
                    foreach (var key in obj.Select(p => p.Key).ToList())
                    {
                        if (obj[key] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var text) && taken.Contains(text))
                        {
                            obj[key] = Varied(text);
                            changed = true;
                        }
                        else Visit(obj[key]);
                    }
                    break;
                case System.Text.Json.Nodes.JsonArray array:
                    foreach (var item in array) Visit(item);
                    break;
            }
        }
        Visit(body);
        if (changed) request.JsonBody = body.ToJsonString();
    }

    private static string Varied(string value)
    {
        var chars = value.ToCharArray();
        for (var i = Math.Max(1, chars.Length - 4); i < chars.Length; i++)
            chars[i] = char.IsDigit(chars[i]) ? (char)('0' + Random.Shared.Next(10))
                : char.IsUpper(chars[i]) ? (char)('A' + Random.Shared.Next(26))
                : char.IsLower(chars[i]) ? (char)('a' + Random.Shared.Next(26))
                : chars[i];
        return new string(chars);
    }

    /// <summary>Keeps the first job id an asynchronous answer carried, for the job poll's own cases.</summary>
    public void RememberJob(string jobId)
    {
        if (jobParameter is not null) shared.TryAdd(jobParameter, jobId);
    }

    /// <summary>Whether <paramref name="parameter"/> has a shared value already.</summary>
    public bool HasShared(string parameter) => shared.ContainsKey(parameter);

    public IReadOnlyDictionary<string, string> Shared => shared;

    private readonly HashSet<string> creating = new(StringComparer.Ordinal);

    /// <summary>
    /// New resources for <paramref name="parameters"/>, created in order, each inside the ones before it (a new
    /// instance, a schema on it, a shard task on that schema); the other path parameters come from the pool.
    /// </summary>
    public async Task<(Dictionary<string, string>? Bindings, string? Missing)> FreshChainAsync(OperationDescriptor op, IReadOnlyList<string> parameters, CaseRun run)
    {
        var fresh = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            var why = await CreateAsync(producers.SlotFor(op, parameter), run, share: false, waitReady: true, fresh);
            if (why is not null) return (null, why);
            fresh[parameter] = lastCreated!;
        }
        var (bindings, missing) = await SharedBindingsAsync(op, run);
        if (bindings is null) return (null, missing);
        foreach (var (name, value) in fresh) bindings[name] = value;
        return (bindings, null);
    }

    private async Task<string?> CreateAsync(string parameter, CaseRun run, bool share, bool waitReady = true, IReadOnlyDictionary<string, string>? within = null)
    {
        creating.Add(parameter);
        try
        {
            return await CreateOnceAsync(parameter, run, share, waitReady, within);
        }
        finally
        {
            creating.Remove(parameter);
        }
    }

    private async Task<string?> CreateOnceAsync(string parameter, CaseRun run, bool share, bool waitReady, IReadOnlyDictionary<string, string>? within)
    {
        if (failures.TryGetValue(parameter, out var earlier) && share) return earlier;
        var producer = producers.For(parameter);
        if (producer is null && share && producers.DiscovererOf(parameter) is { } discoverer) return await DiscoverAsync(parameter, discoverer.Op, discoverer.Expression, run);
        if (producer is null) return Remember(parameter, $"no operation in {api.SpecFile} produces {parameter}; give one with --fixture {parameter}=VALUE");
        var (op, _) = producer.Value;
        if (Planning.CasePlanner.Excluded(op, mode) is { } excluded)
            return Remember(parameter, $"{parameter} would have to be created with {op.Id}, but {excluded}; give one with --fixture {parameter}=VALUE");
        var example = op.RequestExamples.FirstOrDefault(e => e.BodyJson.Length > 0 || op.RequestBody is null);
        if (example is null) return Remember(parameter, $"{op.Id} has no documented example to create {parameter} with");
        var (bindings, missing) = await SharedBindingsAsync(op, run);
        if (bindings is null) return Remember(parameter, missing!);
        foreach (var (name, value) in within ?? new Dictionary<string, string>())
            if (bindings.ContainsKey(name)) bindings[name] = value;
        var request = RequestFactory.FromExample(op, example, bindings);
        AvoidCollisions(request);
        await BodyBindings.BindAsync(run, request, bindings);
        lastCreated = null;
        var outcome = await run.SendSetupAsync(request);
        if (!outcome.IsSuccess) return Remember(parameter, $"creating {parameter} with {op.Id} failed: {Checks.StatusCheck.Actual(outcome)}");
        Offer(op, request, outcome.Body, share);
        if (lastCreated is null) return Remember(parameter, $"{op.Id} answered {outcome.Status} but its response carries no {parameter}");
        var created = lastCreated;
        if (waitReady && op.AsyncJob is { } job && RuntimeExpression.Evaluate(job.JobIdExpression, request, outcome.Body) is { Length: > 0 } jobId)
        {
            RememberJob(jobId);
            var ready = new Dictionary<string, string>(bindings) { [Producers.ParameterOf(parameter)] = created };
            var notReady = await run.WaitReadyAsync(job, ready, jobId);
            if (notReady is not null) return Remember(parameter, notReady);
        }
        lastCreated = created;
        return null;

        string Remember(string p, string why)
        {
            if (share) failures[p] = why;
            return why;
        }
    }

    /// <summary>Finds an existing value by calling the read operation the spec links to it (nothing is created).</summary>
    private async Task<string?> DiscoverAsync(string parameter, OperationDescriptor op, string expression, CaseRun run)
    {
        var (bindings, missing) = await SharedBindingsAsync(op, run);
        if (bindings is null) return failures[parameter] = missing!;
        var request = RequestFactory.FromExample(op, op.RequestExamples.FirstOrDefault(), bindings);
        var outcome = await run.SendSetupAsync(request);
        var value = outcome.IsSuccess ? RuntimeExpression.Evaluate(expression, request, outcome.Body) : null;
        if (string.IsNullOrEmpty(value))
            return failures[parameter] = $"{op.Id} named no {parameter} ({Checks.StatusCheck.Actual(outcome)})";
        shared[parameter] = value;
        discovered[parameter] = RuntimeExpression.EvaluateAll(expression, outcome.Body);
        return null;
    }

    /// <summary>
    /// The wait that follows asynchronous work on a resource: the operation's own <c>ready</c> poll when
    /// the catalog has it, otherwise the creator's (an instance being scaled is ready when it is RUNNING again).
    /// </summary>
    public AsyncJobDescriptor? ReadinessFor(OperationDescriptor op)
    {
        if (op.AsyncJob is { } own && api.Operation(own.ReadyOperationId) is not null && own.ReadyValues.Count > 0) return own;
        foreach (var p in op.PathParameters.Reverse())
            if (producers.For(producers.SlotFor(op, p.Name))?.Op.AsyncJob is { } creator && api.Operation(creator.ReadyOperationId) is not null) return creator;
        return null;
    }

    /// <summary>The operation that deletes resources identified by <paramref name="parameter"/>.</summary>
    public OperationDescriptor? DeleterOf(string parameter)
        => api.Operations.Where(o => o.Method == "DELETE" && o.PathTemplate.EndsWith("{" + parameter + "}", StringComparison.Ordinal))
            .OrderBy(o => o.PathTemplate.Length).FirstOrDefault();
}
