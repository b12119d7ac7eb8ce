using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Jobs;

/// <summary>
/// A job as 4.5.1 (JobInfo, Table 4-412) and 4.5.2 (JobItem, Table 4-418) show it. <c>end_time</c> is when the
/// work ends: for a running job the expected end, as the 4.5.1 example shows a Running job with an end time
/// hours after its start; <c>""</c> for work that never ends.
/// </summary>
internal static class JobRepresentation
{
    public static JsonObject Info(Job job, DateTimeOffset now)
    {
        var json = Common(job, now);
        json["instance"] = new JsonObject { ["id"] = job.InstanceId, ["name"] = job.InstanceName };
        return json;
    }

    /// <summary>
    /// Table 4-418. The target's jobs work on instances, not on schemas, offer no follow-up operations
    /// (those belong to schema migrations) and never fail: <c>database_name</c> and <c>fail_reason</c> are
    /// <c>""</c> and <c>operations</c> is empty, as the example's CreateInstance job shows.
    /// </summary>
    public static JsonObject Item(Job job, DateTimeOffset now)
    {
        var json = Common(job, now);
        json["instance_name"] = job.InstanceName;
        json["instance_id"] = job.InstanceId;
        json["operations"] = new JsonArray();
        json["database_name"] = "";
        json["fail_reason"] = "";
        return json;
    }

    /// <summary>The fields both tables give, in their order.</summary>
    private static JsonObject Common(Job job, DateTimeOffset now) => new()
    {
        ["id"] = job.Id,
        ["name"] = job.Name,
        ["status"] = job.StatusAt(now),
        ["created_time"] = WireTime.Format(job.Created),
        ["end_time"] = EndTime(job),
        ["process"] = job.ProcessAt(now),
    };

    private static string EndTime(Job job) => job.DueAt == DateTimeOffset.MaxValue ? "" : WireTime.Format(job.DueAt);
}
