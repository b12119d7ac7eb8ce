using System.Globalization;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Monitoring;

/// <summary>4.6 Monitoring: the slow query log of an instance (4.6.1), in any instance status.</summary>
internal static class MonitoringChapter
{
    internal static IEnumerable<Operation> Operations(ChapterContext context)
    {
        var access = context.Access;
        // The deviation answers this v2 operation's errors in the v3 shape, as a service sharing one error
        // handler across API versions would.
        Func<string, string, string, bool, Func<OperationRequest, OperationResult>, Operation> define =
            context.Deviations.IsOn(Deviation.SlowLogErrorsV3) ? OperationTable.V3 : OperationTable.V1;
        return [define("listSlowLogs", "GET", "/v2/{project_id}/instances/{instance_id}/slowlog", false, request => ListSlowLogs(access, request))];
    }

    private static OperationResult ListSlowLogs(InstanceAccess access, OperationRequest request)
    {
        var query = SlowLogQuery.Read(request.Query);
        var instance = access.Find(request);
        var entries = SlowQueryLoad.Between(instance, query.From, query.To, access.Now);
        var list = new JsonArray();
        foreach (var entry in query.Page(entries))
            list.Add(Show(entry));
        return OperationResult.Ok(new JsonObject { ["totalRecord"] = entries.Count, ["slowLogList"] = list });
    }

    /// <summary>Table 4-425: every field a string; <c>logTime</c> in the table's yyyy-mm-ddThh:mm:ssZ (the example omits the zone).</summary>
    private static JsonObject Show(SlowQuery entry) => new()
    {
        ["users"] = entry.User,
        ["database"] = entry.Schema,
        ["querySample"] = entry.Sql,
        ["logTime"] = WireTime.Format(entry.StartedAt),
        ["time"] = entry.DurationMs.ToString(CultureInfo.InvariantCulture),
        ["shards"] = entry.Shard,
        ["rowsExamined"] = entry.RowsExamined.ToString(CultureInfo.InvariantCulture),
        ["host"] = entry.ClientIp,
    };
}
