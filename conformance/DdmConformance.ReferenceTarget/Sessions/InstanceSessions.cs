using System.Globalization;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Sessions;

/// <summary>
/// The sessions of one instance and the audit log of the kills made on it. A kill is all or nothing: every
/// id must name a live session, else nothing is killed and the request fails with A.3's "Failed to close the
/// connection." (DBS.300347), as closing a connection that is not there fails. Each session killed leaves one
/// audit record.
/// </summary>
internal sealed class InstanceSessions(IEnumerable<LogicalSession> logical, IEnumerable<PhysicalSession> physical)
{
    private readonly Lock gate = new();
    private readonly List<LogicalSession> logical = logical.OrderBy(s => long.Parse(s.Id, CultureInfo.InvariantCulture)).ToList();
    private readonly List<PhysicalSession> physical = physical.OrderBy(s => s.Id).ToList();
    private readonly List<KillRecord> kills = [];

    public IReadOnlyList<LogicalSession> Logical()
    {
        lock (gate) return logical.ToList();
    }

    public IReadOnlyList<PhysicalSession> Physical()
    {
        lock (gate) return physical.ToList();
    }

    /// <summary>The kill records, newest first.</summary>
    public IReadOnlyList<KillRecord> Kills()
    {
        lock (gate) return Enumerable.Reverse(kills).ToList();
    }

    public void KillLogical(DdmInstance instance, IReadOnlyList<long> ids, string executedBy, DateTimeOffset now)
        => Kill(logical, s => long.Parse(s.Id, CultureInfo.InvariantCulture), instance, ids, executedBy, now);

    public void KillPhysical(DdmInstance instance, IReadOnlyList<long> ids, string executedBy, DateTimeOffset now)
        => Kill(physical, s => s.Id, instance, ids, executedBy, now);

    private void Kill<T>(List<T> sessions, Func<T, long> idOf, DdmInstance instance, IReadOnlyList<long> ids, string executedBy, DateTimeOffset now)
    {
        lock (gate)
        {
            var live = sessions.Select(idOf).ToHashSet();
            foreach (var id in ids)
                if (!live.Contains(id))
                    throw new ApiErrorException(new ApiError(ErrorKind.InvalidParameter, 400, "DBS.300347", "Failed to close the connection.",
                        $"no session {id} on instance {instance.Id}"));
            var killed = ids.Distinct().ToHashSet();
            sessions.RemoveAll(s => killed.Contains(idOf(s)));
            foreach (var id in ids.Distinct())
                kills.Add(new KillRecord(instance.Id, instance.Name, id.ToString(CultureInfo.InvariantCulture), executedBy, WireTime.ToSeconds(now)));
        }
    }
}
