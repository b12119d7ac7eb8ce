using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Fixtures;

namespace DdmConformance.ReferenceTarget.Backups;

/// <summary>
/// The data nodes (RDS for MySQL instances) backups and restorations name. The target does not model which
/// RDS instances a schema associates (4.3), so every instance is associated with every seeded RDS instance
/// (<see cref="RdsFixtures"/>), all of them in the target's one VPC and all available as restoration targets.
/// Names are the documented ones where 4.9's examples print them.
/// </summary>
internal static class DataNodeDirectory
{
    /// <summary>The VPC name of 4.9.6 and 4.9.7's examples: the target's one VPC.</summary>
    public const string VpcName = "vpc-ddm-172";

    private static readonly IReadOnlyDictionary<string, string> DocumentedNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["41c239a1e9bd4cd2aabd678bab45a886in01"] = "UTS-dtc-mysql_80_4u8g_single_2",
        ["55c26c79139446868919c5b8b2cbb542in01"] = "rds-f0e2",
        ["c5ee103325294f37a8a42e88ba51947ain01"] = "mysql_80_4u8g_single_2",
        ["fc33739e5d2741529e21d87a7b5923fain01"] = "mysql_rds_related_ddm_for_diagnose3_01",
    };

    public static ImmutableArray<string> Ids { get; } = RdsFixtures.All.Select(r => r.Id).ToImmutableArray();

    public static bool Exists(string id) => RdsFixtures.ById(id) is not null;

    public static string NameOf(string id) => DocumentedNames.GetValueOrDefault(id) ?? "rds-" + id[..4];

    /// <summary>Table 4-472, RelatedDn.</summary>
    public static JsonObject Related(string id) => new() { ["instance_id"] = id, ["instance_name"] = NameOf(id) };

    /// <summary>Table 4-479, RelatedDnVO (disk size and version as in the 4.9.4 example).</summary>
    public static JsonObject RelatedAtRestorePoint(string id) => new()
    {
        ["instance_name"] = NameOf(id),
        ["instance_id"] = id,
        ["instance_status"] = "normal",
        ["data_volume_size"] = 40000000000L,
        ["version"] = "8.0.32",
        ["engine_name"] = "mysql",
    };

    /// <summary>Table 4-493, TargetDn4Restore.</summary>
    public static JsonObject RestoreTarget(RdsInstance rds) => new()
    {
        ["instance_name"] = NameOf(rds.Id),
        ["instance_id"] = rds.Id,
        ["engine_name"] = "mysql",
        ["status"] = "normal",
        ["available"] = true,
        ["unavailable_reason"] = "",
        ["vpc_name"] = VpcName,
        ["private_ip"] = rds.Endpoint.Split(':')[0],
    };
}
