using System.Collections.Immutable;
using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>
/// Creates schemas on an instance, shared by 4.3.1, 4.3.6 and 4.3.10: the order's arithmetic, its data
/// nodes (in the VPC, free, right credentials), then, atomically with the instance's schemas: a new name
/// (DBS.300112), no data node busy with a shard configuration (DBS.300133), no physical database left
/// behind by an earlier schema (DBS.300113). A schema is CREATING until its ReadyAt.
/// </summary>
internal static class SchemaCreation
{
    public static IReadOnlyList<Schema> Create(SchemaScope scope, SchemaStore store, IReadOnlyList<SchemaOrder> orders, DateTimeOffset readyAt)
    {
        foreach (var order in orders)
        {
            order.CheckArithmetic();
            scope.Pool.Claim(scope.Instance, order.DataNodes, scope.Now, SchemaErrors.WrongRdsCredentials);
        }
        var created = orders.Select(o => New(o.Name, o.ShardMode, o.ShardUnit, o.DataNodes.Select(d => d.RdsId).ToImmutableArray(), o.ShardNumber, scope.Now, readyAt)).ToList();
        return Add(scope, store, created);
    }

    public static Schema New(string name, string mode, int? unit, ImmutableArray<string> rds, int shardNumber, DateTimeOffset now, DateTimeOffset readyAt)
        => new(name, mode, unit, rds, Schema.Layout(name, shardNumber, rds), now, now, readyAt);

    /// <summary>Adds <paramref name="created"/> under the instance's lock, after the checks that depend on its current schemas.</summary>
    public static IReadOnlyList<Schema> Add(SchemaScope scope, SchemaStore store, IReadOnlyList<Schema> created)
    {
        var leftovers = store.Leftovers(scope.Instance.ProjectId);
        return scope.Schemas.Change(scope.Now, editor =>
        {
            var names = new HashSet<string>(editor.Schemas.Select(s => s.Name), StringComparer.OrdinalIgnoreCase);
            foreach (var schema in created)
            {
                if (!names.Add(schema.Name))
                    throw new ApiErrorException(SchemaErrors.DuplicateName(schema.Name));
                if (schema.UsedRds.FirstOrDefault(r => editor.Tasks.Any(t => t.Holds(r))) is { } busy)
                    throw new ApiErrorException(SchemaErrors.RdsBusyWithShardConfiguration($"RDS instance {busy} is a destination of a shard configuration"));
                if (leftovers.Collision(schema.Shards) is { } shard)
                    throw new ApiErrorException(SchemaErrors.PhysicalDatabaseFailed($"database {shard.PhysicalName} already exists on RDS instance {shard.RdsId}"));
            }
            foreach (var schema in created)
                editor.Add(schema);
            return created;
        });
    }
}
