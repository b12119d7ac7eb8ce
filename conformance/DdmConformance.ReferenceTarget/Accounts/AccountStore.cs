using System.Collections.Concurrent;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>Every account of every DDM instance, created once per target; instances are per project.</summary>
internal sealed class AccountStore
{
    private readonly ConcurrentDictionary<(string Project, string Instance), InstanceAccounts> byInstance = new();

    public InstanceAccounts For(string projectId, string instanceId)
        => byInstance.GetOrAdd((projectId, instanceId), _ => new InstanceAccounts());
}
