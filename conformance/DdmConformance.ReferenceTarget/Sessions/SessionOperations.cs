using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Sessions;

/// <summary>
/// 4.7.1–4.7.5 over the instance's own sessions: listing (any instance status; paged, filtered by keyword),
/// killing (the instance must be RUNNING; the sessions go away and each kill is audited) and the audit log.
/// Inputs are checked before the instance is looked up, as everywhere in the target.
/// </summary>
internal sealed class SessionOperations(InstanceAccess access, SessionStore store, SessionRepresentation representation, ActiveDeviations deviations)
{
    /// <summary>4.7.1, sessions in id order.</summary>
    public OperationResult ListLogical(OperationRequest request)
    {
        var (paging, keyword) = ListQuery(request);
        var instance = access.Find(request);
        var now = access.Now;
        var matching = store.For(instance, now).Logical()
            .Where(s => SessionQueries.Matches(keyword, s.Id, s.User, s.Host, s.Db, s.Command, s.State, s.Info)).ToList();
        return Page("logical_processes", matching, paging, s => representation.Logical(s, now));
    }

    /// <summary>4.7.3. Table 4-436 calls the path's id the associated RDS instance's; the function is "physical sessions of a DDM instance", and the path is the DDM instance's.</summary>
    public OperationResult ListPhysical(OperationRequest request)
    {
        var (paging, keyword) = ListQuery(request);
        var instance = access.Find(request);
        var now = access.Now;
        var matching = store.For(instance, now).Physical()
            .Where(s => SessionQueries.Matches(keyword, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s.User, s.Host, s.Db, s.Command, s.State, s.Info)).ToList();
        return Page("physical_processes", matching, paging, s => representation.Physical(s, now));
    }

    /// <summary>4.7.2.</summary>
    public OperationResult KillLogical(OperationRequest request)
    {
        var ids = SessionQueries.ProcessIds(request.RequiredBody);
        var instance = access.Find(request).RequireRunning();
        store.For(instance, access.Now).KillLogical(instance, ids, ExecutedBy(instance), access.Now);
        return OperationResult.Ok(representation.Killed());
    }

    /// <summary>4.7.4.</summary>
    public OperationResult KillPhysical(OperationRequest request)
    {
        var ids = SessionQueries.ProcessIds(request.RequiredBody);
        var instance = access.Find(request).RequireRunning();
        store.For(instance, access.Now).KillPhysical(instance, ids, ExecutedBy(instance), access.Now);
        return OperationResult.Ok(representation.Killed());
    }

    /// <summary>4.7.5: the kills made within the range, newest first.</summary>
    public OperationResult ListKills(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        var (from, to) = SessionQueries.AuditWindow(request.Query);
        var instance = access.Find(request);
        var matching = store.For(instance, access.Now).Kills().Where(k => k.ExecutedAt >= from && k.ExecutedAt <= to).ToList();
        var records = new JsonArray();
        foreach (var kill in paging.Page(matching))
            records.Add(SessionRepresentation.Kill(kill));
        return OperationResult.Ok(new JsonObject { ["total_count"] = matching.Count, ["process_audit_logs"] = records });
    }

    private static (Paging Paging, string? Keyword) ListQuery(OperationRequest request)
        => (Paging.Read(request.Query, defaultLimit: 10), SessionQueries.Keyword(request.Query));

    private OperationResult Page<T>(string name, IReadOnlyList<T> matching, Paging paging, Func<T, JsonObject> show)
    {
        var items = new JsonArray();
        foreach (var session in deviations.IsOn(Deviation.SessionsIgnoreLimit) ? matching : paging.Page(matching))
            items.Add(show(session));
        return OperationResult.Ok(new JsonObject { [name] = items, ["total_count"] = matching.Count });
    }

    /// <summary>
    /// The target knows tokens, not IAM user names: it records the account the kill runs as, the instance's
    /// administrator (<c>root</c> when none was ordered).
    /// </summary>
    private static string ExecutedBy(DdmInstance instance) => instance.Purchase.AdminUsername ?? "root";
}
