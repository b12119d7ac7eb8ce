using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>Credentials for one data node as a request names them. The password is checked, never kept or shown.</summary>
internal sealed record DataNodeLogin(string RdsId, string User, string Password)
{
    /// <summary>For messages and logs: the id and user only.</summary>
    public override string ToString() => $"{RdsId} ({User})";
}

/// <summary>A schema to create, as 4.3.1 (Tables 4-207, 4-208) or 4.3.6 (Tables 4-243, 4-244) orders it.</summary>
internal sealed record SchemaOrder(string Name, string ShardMode, int ShardNumber, int? ShardUnit, IReadOnlyList<DataNodeLogin> DataNodes)
{
    /// <summary>4.3.6: at most 256 data nodes; 4.3.1 states no limit and gets the same.</summary>
    public const int MaxDataNodes = 256;

    private static readonly string[] ShardModes = ["cluster", "single"];

    /// <summary>Table 4-207: one entry of <c>databases</c>.</summary>
    /// <param name="database">The entry.</param>
    /// <param name="checkName">False while the schema-name-unchecked deviation is on.</param>
    public static SchemaOrder ReadV1(JsonFields database, bool checkName)
    {
        var order = Read(database, unit: true, "used_rds", "id", "adminUser", "adminPassword");
        if (order.ShardUnit is < 1 or > 64)
            throw new ApiErrorException(SchemaErrors.InvalidShardUnit($"{database.PathOf("shard_unit")} must be 1 to 64"));
        if (checkName)
            SchemaNameRules.Check(order.Name, keywordsAnywhere: true);
        return order;
    }

    /// <summary>Table 4-243: the whole body.</summary>
    /// <param name="body">The body.</param>
    /// <param name="checkName">False while the schema-name-unchecked deviation is on.</param>
    public static SchemaOrder ReadV3(JsonFields body, bool checkName)
    {
        var order = Read(body, unit: false, "dn_instances", "id", "user_name", "user_password");
        if (checkName)
            SchemaNameRules.Check(order.Name, keywordsAnywhere: false);
        return order;
    }

    private static SchemaOrder Read(JsonFields fields, bool unit, string nodesField, string idField, string userField, string passwordField)
    {
        var name = fields.RequiredString("name");
        var mode = fields.RequiredString("shard_mode");
        var number = fields.RequiredInt32("shard_number");
        var shardUnit = unit ? fields.OptionalInt32("shard_unit") : null;
        var nodes = fields.RequiredObjectArray(nodesField, 0, MaxDataNodes)
            .Select(n => new DataNodeLogin(n.RequiredString(idField), n.RequiredString(userField), n.RequiredString(passwordField)))
            .ToList();
        if (!ShardModes.Contains(mode, StringComparer.Ordinal))
            throw new ApiErrorException(SchemaErrors.InvalidShardMode($"{fields.PathOf("shard_mode")} must be cluster or single"));
        return new SchemaOrder(name, mode, number, shardUnit, nodes);
    }

    /// <summary>
    /// The arithmetic of Table 4-207: unsharded means one RDS instance and one shard; sharded, with a unit,
    /// shard_number = unit × RDS instances, without one, RDS instances &lt; shard_number ≤ 64 × RDS instances.
    /// No RDS instance, or one named twice, is refused first.
    /// </summary>
    public void CheckArithmetic()
    {
        var count = DataNodes.Count;
        if (count == 0)
            throw new ApiErrorException(SchemaErrors.InvalidRdsCount("a schema needs at least one RDS instance"));
        if (DataNodes.GroupBy(d => d.RdsId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ApiErrorException(SchemaErrors.DuplicateRds($"RDS instance {twice.Key} is named twice"));
        if (ShardMode == "single")
        {
            if (count != 1)
                throw new ApiErrorException(SchemaErrors.InvalidRdsCount("an unsharded schema lives on exactly one RDS instance"));
            if (ShardUnit is not (null or 1))
                throw new ApiErrorException(SchemaErrors.InvalidShardUnit("shard_unit is 1 for an unsharded schema"));
            if (ShardNumber != 1)
                throw new ApiErrorException(SchemaErrors.InvalidTotalShards("an unsharded schema has one shard"));
            return;
        }
        if (ShardUnit is { } perRds && ShardNumber != perRds * count)
            throw new ApiErrorException(SchemaErrors.InvalidTotalShards($"shard_number must be shard_unit × RDS instances = {perRds * count}"));
        if (ShardUnit is null && (ShardNumber <= count || ShardNumber > 64 * count))
            throw new ApiErrorException(SchemaErrors.InvalidTotalShards($"shard_number must be more than {count} and at most {64 * count}"));
    }
}
