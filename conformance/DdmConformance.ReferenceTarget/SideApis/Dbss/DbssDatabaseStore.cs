using System.Security.Cryptography;

namespace DdmConformance.ReferenceTarget.SideApis.Dbss;

/// <summary>The audit instances and the databases added to each, per project (each project has its own).</summary>
internal sealed class DbssDatabaseStore
{
    /// <summary>
    /// Audit instances are bought through the console, not through this API, so the target cannot create one:
    /// every project has this one (Table 1: 32 to 64 characters). <see cref="SideApiFixtures"/> publishes it.
    /// </summary>
    public const string AuditInstanceId = "5c2f0a8e9d7b4e61a3c5f7e9b1d3a6c8";

    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private readonly Dictionary<(string Project, string Instance), List<AuditedDatabase>> databases = new();
    private readonly Lock gate = new();

    public static bool IsAuditInstance(string instanceId) => string.Equals(instanceId, AuditInstanceId, StringComparison.Ordinal);

    public void Add(string projectId, string instanceId, AuditedDatabase database)
    {
        lock (gate)
        {
            if (!databases.TryGetValue((projectId, instanceId), out var list))
                databases[(projectId, instanceId)] = list = [];
            list.Add(database);
        }
    }

    /// <summary>The audit instance's databases, oldest first (a snapshot).</summary>
    public IReadOnlyList<AuditedDatabase> DatabasesOf(string projectId, string instanceId)
    {
        lock (gate)
            return databases.TryGetValue((projectId, instanceId), out var list) ? list.ToList() : [];
    }

    /// <summary>A record id shaped like the documented one (<c>Fadq-Y4B51p4J06sRc4F</c>: 20 URL-safe characters).</summary>
    public static string NewRecordId() => RandomNumberGenerator.GetString(IdAlphabet, 20);
}
