using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Jobs;

namespace DdmConformance.ReferenceTarget.Schemas.ShardConfiguration;

/// <summary>
/// 4.3.13–4.3.16: pre-checking and configuring shards, and reading what they did. A schema takes a new
/// configuration only when it is RUNNING (DBS.300130: not while an earlier task is under way) and no
/// earlier task left data behind (DBS.300358: clean it first, 4.3.19). A pre-check reports what would
/// fail (wrong credentials are a FAILED item); configuring refuses it (DBS.300357).
/// </summary>
internal sealed class ShardConfigurationOperations(SchemaAccess access, JobAnswers answers, ActiveDeviations deviations)
{
    /// <summary>4.3.13: the results at once, and under a job id that 4.3.14 reads them by.</summary>
    public OperationResult Precheck(OperationRequest request)
    {
        var order = ShardRequest.Read(request.RequiredBody);
        var (scope, schema) = Configurable(request, order);
        var credentials = order.DataNodes.Select(d => RdsFixtures.ById(d.RdsId)!).Zip(order.DataNodes)
            .Where(p => !p.First.Accepts(p.Second.User, p.Second.Password))
            .Select(p => p.Second.ToString()).ToList();
        var results = ImmutableArray.Create(
            credentials.Count == 0
                ? new PrecheckItem("Administrator accounts of associated DN instances", "SUCCESS", "")
                : new PrecheckItem("Administrator accounts of associated DN instances", "FAILED", "Enter the administrator and password of each DN instance.",
                    "DBS.300357: The RDS instance administrator or password is incorrect: " + string.Join(", ", credentials)),
            new PrecheckItem("Expire time of binlog in associated DN instances", "SUCCESS",
                "Configuring shards require expiration of binlog more than 7 days(604800 seconds), please change binlog_expire_logs_seconds"),
            new PrecheckItem("Tables with overwhelming table partitions", "SUCCESS",
                "Please contact customer service if the partition table number will be overwhelming after configuring shards."));
        var job = access.Record(request, "PrecheckShardConfiguration", scope.Instance, scope.Now + access.Delay);
        scope.Schemas.Change(scope.Now, e => { e.Put(new Precheck(job.Id, schema.Name, results)); return 0; });
        var body = new JsonObject { ["job_id"] = job.Id, ["pre_check_results"] = Results(results) };
        return deviations.IsOn(Deviation.ShardPrecheckAnswers200) ? OperationResult.Ok(body) : answers.Accepted(body);
    }

    /// <summary>4.3.14.</summary>
    public OperationResult PrecheckResult(OperationRequest request)
    {
        var scope = access.Read(request);
        var (schemaName, id) = (request.Path("db_name"), request.Path("job_id"));
        var precheck = scope.Schemas.Change(scope.Now, e =>
        {
            var schema = e.Find(schemaName) ?? throw new ApiErrorException(SchemaErrors.UnknownSchema(schemaName));
            if (e.Task(id) is { } task && task.SchemaName == schema.Name)
                throw new ApiErrorException(SchemaErrors.WrongTaskType($"{id} is a shard configuration task, not a pre-check"));
            return e.PrecheckOf(id) is { } found && found.SchemaName == schema.Name ? found : throw new ApiErrorException(SchemaErrors.UnknownTask(id));
        });
        return OperationResult.Ok(new JsonObject { ["job_id"] = precheck.Id, ["pre_check_results"] = Results(precheck.Results) });
    }

    /// <summary>4.3.15: data is copied (EXPANDING) until the job completes; then the route switch waits for its window or for 4.3.22.</summary>
    public OperationResult Configure(OperationRequest request)
    {
        var order = ShardRequest.Read(request.RequiredBody);
        var window = SwitchWindow.Read(order.SwitchBegin, order.SwitchEnd, atMostAnHour: false);
        // Credentials are part of the request's validity, checked before the schema's state (as references are
        // before an instance's state): a wrong password is DBS.300357 whatever the schema is doing.
        if (order.DataNodes.FirstOrDefault(d => RdsFixtures.ById(d.RdsId) is { } rds && !rds.Accepts(d.User, d.Password)) is { } wrong)
            throw new ApiErrorException(SchemaErrors.ShardConfigurationWrongCredentials($"the administrator or password of {wrong} is wrong"));
        var (scope, schema) = Configurable(request, order);
        scope.Pool.Claim(scope.Instance, order.DataNodes, scope.Now, SchemaErrors.ShardConfigurationWrongCredentials);
        if (order.IsExclusive && scope.Instance.Nodes.Count() < 2)
            throw new ApiErrorException(SchemaErrors.InvalidShardConfiguration("is_exclusive needs more than one node in the default group"));

        var dueAt = scope.Now + access.Delay;
        var id = Instances.ResourceIds.Uuid();
        var task = new ShardTask(id, schema.Name, schema.UsedRds, schema.ShardNumber, order.DataNodes.Select(d => d.RdsId).ToImmutableArray(),
            order.NewShardNumber, window, order.IsExclusive, scope.Instance.DefaultGroup.Nodes[0].NodeId, TaskPhase.Migrating, dueAt);
        scope.Schemas.Change(scope.Now, e =>
        {
            // Checked again under the lock: another configuration may have started meanwhile.
            Configurable(e, schema.Name, order);
            e.Put(task);
            return 0;
        });
        access.Record(request, "ShardConfiguration", scope.Instance, dueAt, id);
        return answers.Accepted(new JsonObject { ["job_id"] = id });
    }

    /// <summary>4.3.16 (Table 4-311).</summary>
    public OperationResult Task(OperationRequest request)
    {
        var scope = access.Read(request);
        var task = scope.Schemas.Change(scope.Now, e => ShardTaskLookup.Find(e, request));
        var body = new JsonObject
        {
            ["instance_name"] = scope.Instance.Name,
            ["original_shard_num"] = task.OriginalShards,
            ["after_shard_num"] = task.AfterShards,
            ["original_dn_info_list"] = DataNodes(task.OriginalRds),
            ["after_dn_info_list"] = DataNodes(task.AfterRds),
            ["switch_route_is_manual"] = task.Window is null,
            ["node_id_for_migrate"] = task.NodeId,
            ["is_exclusive"] = task.IsExclusive,
        };
        // A manual switch has no window: the times are left out (an empty string would break their hh:mm:ss format).
        if (task.Window is { } window)
        {
            body["auto_switch_begin_time"] = window.BeginText;
            body["auto_switch_end_time"] = window.EndText;
        }
        return OperationResult.Ok(body);
    }

    /// <summary>The instance (RUNNING), and the schema of the path if it can take <paramref name="order"/>.</summary>
    private (SchemaScope Scope, Schema Schema) Configurable(OperationRequest request, ShardRequest order)
    {
        var scope = access.Change(request);
        var schema = scope.Schemas.Change(scope.Now, e => Configurable(e, request.Path("db_name"), order));
        // The destination data nodes: in the VPC (DBS.300103), not another DDM instance's (DBS.300110).
        foreach (var node in order.DataNodes)
            if (RdsFixtures.ById(node.RdsId) is not { } rds || rds.VpcId != scope.Instance.Purchase.VpcId)
                throw new ApiErrorException(SchemaErrors.UnknownRds($"no RDS instance {node.RdsId} in VPC {scope.Instance.Purchase.VpcId}"));
            else if (scope.Pool.Holder(scope.Instance, rds, scope.Now) is { } holder)
                throw new ApiErrorException(SchemaErrors.RdsNotAssociable($"RDS instance {rds.Id} is associated with DDM instance {holder}"));
        return (scope, schema);
    }

    private static Schema Configurable(InstanceSchemas.Editor e, string name, ShardRequest order)
    {
        var schema = e.Find(name) ?? throw new ApiErrorException(SchemaErrors.UnknownSchema(name));
        if (e.StatusOf(schema) is var status && status != Schema.Running)
            throw new ApiErrorException(SchemaErrors.SchemaNotRunning($"schema {schema.Name} is {status}; shards can be configured when it is RUNNING"));
        if (e.LatestTask(schema.Name) is { LeavesDataBehind: true } earlier)
            throw new ApiErrorException(SchemaErrors.SourceDataNotCleared($"task {earlier.Id} left data behind; clear it first"));
        order.CheckAgainst(schema);
        if (order.DataNodes.FirstOrDefault(d => e.Tasks.Any(t => t.SchemaName != schema.Name && t.Holds(d.RdsId))) is { } busy)
            throw new ApiErrorException(SchemaErrors.RdsBusyWithShardConfiguration($"RDS instance {busy.RdsId} is a destination of another shard configuration"));
        return schema;
    }

    private static JsonArray Results(IEnumerable<PrecheckItem> items)
        => new(items.Select(i => (JsonNode)new JsonObject
        {
            ["name"] = i.Name,
            ["status"] = i.Status,
            ["note"] = "",
            ["handling_suggestion"] = i.HandlingSuggestion,
            ["error_message"] = i.ErrorMessage,
            ["error_detail_message"] = "",
        }).ToArray());

    private static JsonArray DataNodes(IEnumerable<string> ids)
        => new(ids.Select(id => (JsonNode)new JsonObject { ["dn_instance_id"] = id, ["dn_instance_name"] = RdsFixtures.ById(id)?.Name ?? "" }).ToArray());
}
