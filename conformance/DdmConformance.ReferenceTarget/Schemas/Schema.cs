using System.Collections.Immutable;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>A physical shard: its index, the RDS instance it lives on and its physical database name.</summary>
internal sealed record Shard(int Index, string RdsId, string PhysicalName);

/// <summary>
/// One logical schema (4.3.1): its sharding and the RDS instances (data nodes) its shards live on.
/// Immutable; <see cref="InstanceSchemas"/> replaces it on every change. Its A.6 status is a function of
/// the clock (<see cref="StatusAt"/>), like everything asynchronous in the target.
/// </summary>
/// <param name="Name">2–48 characters, lowercase letters, digits and underscores, starting with a letter.</param>
/// <param name="ShardMode"><c>cluster</c> (sharded) or <c>single</c> (one shard).</param>
/// <param name="ShardUnit">Shards per RDS instance when the order gave one; null when it gave the total only.</param>
/// <param name="UsedRds">The RDS instance ids the shards are spread over, in the order given.</param>
/// <param name="Shards">Every physical shard, by index.</param>
/// <param name="Created">Creation time.</param>
/// <param name="Updated">Last change.</param>
/// <param name="ReadyAt">Until then the schema is CREATING.</param>
internal sealed record Schema(
    string Name,
    string ShardMode,
    int? ShardUnit,
    ImmutableArray<string> UsedRds,
    ImmutableArray<Shard> Shards,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    DateTimeOffset ReadyAt)
{
    public const string Creating = "CREATING";
    public const string Running = "RUNNING";
    public const string Deleting = "DELETING";
    public const string Expanding = "EXPANDING";
    public const string RollingBack = "ROLLING BACK";

    /// <summary>Set while a v3 deletion (4.3.7) is under way: the schema is DELETING until then, and gone after.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    public int ShardNumber => Shards.Length;

    /// <summary>The A.6 schema status at <paramref name="now"/>; <paramref name="task"/> is the schema's shard configuration, if any.</summary>
    public string StatusAt(DateTimeOffset now, ShardConfiguration.ShardTask? task)
        => DeletedAt is not null ? Deleting
            : now < ReadyAt ? Creating
            : task?.SchemaStatus ?? Running;

    /// <summary>Shards per data node as the APIs show it: the ordered unit, else the total over the data nodes (rounded up).</summary>
    public int ShownShardUnit => ShardUnit ?? (ShardNumber + UsedRds.Length - 1) / UsedRds.Length;

    /// <summary>The physical database name of shard <paramref name="index"/>: <c>db_7567_0003</c>, as 4.3.3 shows.</summary>
    public static string PhysicalName(string schema, int index) => $"{schema}_{index:0000}";

    /// <summary>
    /// <paramref name="shardNumber"/> shards spread over <paramref name="rds"/> in contiguous blocks: with a
    /// unit of 8 over two RDS instances, shards 0–7 on the first and 8–15 on the second.
    /// </summary>
    public static ImmutableArray<Shard> Layout(string schema, int shardNumber, IReadOnlyList<string> rds)
        => Enumerable.Range(0, shardNumber)
            .Select(i => new Shard(i, rds[(int)((long)i * rds.Count / shardNumber)], PhysicalName(schema, i)))
            .ToImmutableArray();
}
