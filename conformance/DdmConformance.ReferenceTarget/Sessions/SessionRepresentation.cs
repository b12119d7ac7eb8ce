using System.Globalization;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Sessions;

/// <summary>
/// Sessions and kill records as Tables 4-431, 4-439 and 4-447 type them: logical session fields are all
/// strings (<c>"time": "0"</c>), physical ones carry Long <c>id</c>, <c>time</c> and <c>trx_executed_time</c>;
/// a physical session that executes nothing has <c>""</c> for <c>info</c> (the table's String, where the
/// example shows null).
/// </summary>
internal sealed class SessionRepresentation(ActiveDeviations deviations)
{
    public JsonObject Logical(LogicalSession session, DateTimeOffset now) => new()
    {
        ["id"] = deviations.IsOn(Deviation.LogicalSessionIdAsNumber)
            ? JsonValue.Create(long.Parse(session.Id, CultureInfo.InvariantCulture))
            : JsonValue.Create(session.Id),
        ["user"] = session.User,
        ["host"] = session.Host,
        ["db"] = session.Db,
        ["command"] = session.Command,
        ["time"] = (session.Since is { } since ? Seconds(since, now) : 0).ToString(CultureInfo.InvariantCulture),
        ["state"] = session.State,
        ["info"] = session.Info,
    };

    public JsonObject Physical(PhysicalSession session, DateTimeOffset now) => new()
    {
        ["id"] = session.Id,
        ["user"] = session.User,
        ["host"] = session.Host,
        ["db"] = session.Db,
        ["state"] = session.State,
        ["command"] = session.Command,
        ["info"] = session.Info.Length == 0 && deviations.IsOn(Deviation.PhysicalSessionInfoNull) ? null : session.Info,
        ["time"] = Seconds(session.Since, now),
        ["trx_executed_time"] = session.TransactionSeconds,
    };

    /// <summary>Table 4-447: <c>execute_time</c> in UTC, in the zoned format of the other v3 times.</summary>
    public static JsonObject Kill(KillRecord kill) => new()
    {
        ["instance_id"] = kill.InstanceId,
        ["instance_name"] = kill.InstanceName,
        ["process_id"] = kill.ProcessId,
        ["execute_user_name"] = kill.ExecutedBy,
        ["execute_time"] = WireTime.Format(kill.ExecutedAt),
    };

    /// <summary>Tables 4-435 and 4-443: the documented answer of a kill.</summary>
    public JsonObject Killed()
        => deviations.IsOn(Deviation.KillAnswersEmpty) ? new JsonObject() : new JsonObject { ["resp"] = "successful" };

    private static long Seconds(DateTimeOffset since, DateTimeOffset now) => Math.Max(0, (long)(now - since).TotalSeconds);
}
