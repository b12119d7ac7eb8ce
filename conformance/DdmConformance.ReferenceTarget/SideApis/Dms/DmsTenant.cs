using DdmConformance.ReferenceTarget.SideApis.Common;

namespace DdmConformance.ReferenceTarget.SideApis.Dms;

/// <summary>
/// The caller's DMS tenant, shared by both actions: its users, its registered instances and its datalink
/// names, plus the Alibaba Cloud accounts that exist and can therefore be registered as users. One tenant
/// per target: the caller is whoever holds the credential, and the pages define no other scope.
/// </summary>
internal sealed class DmsTenant
{
    /// <summary>The tenant id (Tid). RegisterInstance's example masks it as <c>3***</c>.</summary>
    public const long TenantId = 3721;

    /// <summary>
    /// A user with the DBA role who exists from the start: RegisterInstance needs one (its DbaUid), and no
    /// action of these pages creates one with a known UID. Shaped like the masked example <c>22275482072787****</c>.
    /// <see cref="SideApiFixtures"/> publishes it.
    /// </summary>
    public const string SeededDbaUid = "222754820727870001";

    /// <summary>An Alibaba Cloud account that exists but is not yet a DMS user: RegisterUser's example Uid.</summary>
    public const string DocumentedAccountUid = "12345678";

    private readonly HashSet<string> accounts = new(StringComparer.Ordinal) { SeededDbaUid, DocumentedAccountUid, "23456789", "34567890" };
    private readonly Dictionary<string, DmsUser> users = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Host, long Port), DmsInstance> instances = new();
    private readonly HashSet<string> dataLinks = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public DmsTenant() => users[SeededDbaUid] = new DmsUser(SeededDbaUid, "dba", ["DBA"], null);

    /// <summary>
    /// A Tid names this tenant, or the caller's current one when absent or -1 (the value of RegisterUser's
    /// example, line 45); any other tenant does not exist for this caller.
    /// </summary>
    public static void CheckTenant(long? tid)
    {
        if (tid is not (null or -1 or TenantId))
            throw new SideErrorException(DmsErrors.UnknownTenant(tid.Value));
    }

    /// <summary>Adds a user: the UID must be an existing account and not yet a user.</summary>
    public void RegisterUser(DmsUser user)
    {
        lock (gate)
        {
            if (!accounts.Contains(user.Uid))
                throw new SideErrorException(DmsErrors.UnknownAccount(user.Uid));
            if (!users.TryAdd(user.Uid, user))
                throw new SideErrorException(DmsErrors.UserExists(user.Uid));
        }
    }

    /// <summary>Adds an instance: its DBA must be a user, its host and port new, its datalink name unused.</summary>
    public void RegisterInstance(DmsInstance instance)
    {
        lock (gate)
        {
            if (!users.ContainsKey(instance.DbaUid))
                throw new SideErrorException(DmsErrors.UnknownDba(instance.DbaUid));
            var key = (instance.Host.ToLowerInvariant(), instance.Port);
            if (instances.ContainsKey(key))
                throw new SideErrorException(DmsErrors.InstanceExists(instance.Host, instance.Port));
            if (instance.DataLinkName is { } link && dataLinks.Contains(link))
                throw new SideErrorException(DmsErrors.DataLinkExists(link));
            instances[key] = instance;
            if (instance.DataLinkName is { } name)
                dataLinks.Add(name);
        }
    }

    public IReadOnlyList<DmsUser> Users()
    {
        lock (gate)
            return users.Values.ToList();
    }

    public IReadOnlyList<DmsInstance> Instances()
    {
        lock (gate)
            return instances.Values.ToList();
    }
}
