using System.Text.Json.Nodes;

namespace DdmConformance.ReferenceTarget.KernelVersions;

/// <summary>
/// 4.8.4's risk reminder (Table 4-461, RiskInfo): an instance on an older version than the latest favored
/// one is reminded to upgrade, in the words of the documented example; an instance on the latest has no risks.
/// </summary>
internal static class KernelRisks
{
    private const string Influence = "Multiple nodes of a DDM instance are upgraded in rolling mode. There will be a brief interruption "
        + "(seconds) that the applications can detect. To minimize the impact, perform the upgrade during off-peak hours and ensure "
        + "that your applications support automatic reconnection.";

    private const string Guidance = "https://support.huaweicloud.com/usermanual-ddm/ddm_06_0042.html";

    public static IEnumerable<JsonObject> For(string instanceId, string engineName, string current, bool levelAsString)
    {
        var latest = KernelCatalogue.Latest;
        if (Version.Parse(current) >= latest.Order)
            yield break;
        yield return new JsonObject
        {
            ["instance_id"] = instanceId,
            ["engine_name"] = engineName,
            ["engine_version"] = current,
            ["level"] = levelAsString ? JsonValue.Create("1") : JsonValue.Create(1),
            ["suggest"] = $"Version {current} has known issues that later versions fix. Upgrading the version to {latest.Number} at off-peak hours is recommended.",
            ["influence"] = Influence,
            ["guidance"] = Guidance,
            ["service_impact_duration"] = "The interruption is less than 60s for regular workloads.",
            ["upgrade_duration"] = "The upgrade duration depends on how many instance nodes are upgraded. Upgrading a single node takes about 5 minutes.",
        };
    }
}
