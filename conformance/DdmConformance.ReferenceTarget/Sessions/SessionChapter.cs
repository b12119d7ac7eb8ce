using DdmConformance.ReferenceTarget.Hosting;

namespace DdmConformance.ReferenceTarget.Sessions;

/// <summary>4.7 Session management. The sessions live as long as the target: this is built once per target.</summary>
internal static class SessionChapter
{
    private const string Instance = "/v3/{project_id}/instances/{instance_id}";

    internal static IEnumerable<Operation> Operations(ChapterContext context)
    {
        var sessions = new SessionOperations(context.Access, new SessionStore(), new SessionRepresentation(context.Deviations), context.Deviations);
        return
        [
            OperationTable.V3("listLogicalSessions", "GET", Instance + "/logical-processes", body: false, sessions.ListLogical),
            OperationTable.V3("killLogicalSessions", "DELETE", Instance + "/logical-processes", body: true, sessions.KillLogical),
            OperationTable.V3("listPhysicalSessions", "GET", Instance + "/physical-processes", body: false, sessions.ListPhysical),
            OperationTable.V3("killPhysicalSessions", "DELETE", Instance + "/physical-processes", body: true, sessions.KillPhysical),
            OperationTable.V3("listKillSessionAuditLogs", "GET", Instance + "/processes-audit-log", body: false, sessions.ListKills),
        ];
    }
}
