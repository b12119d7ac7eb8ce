using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.KernelVersions;

/// <summary>
/// 4.8.1–4.8.4. The kernel version an instance runs is the <c>engine_version</c> instance details show; a
/// change moves the instance through UPGRADE_VERSION_INSTANCE (upgrades and downgrades alike: A.6 has no
/// other status for it), a rollback through ROLL_BACK_DB_VERSION, and the new version holds when the job completes.
/// </summary>
internal sealed class KernelVersionOperations(InstanceAccess access, KernelVersionHistory history, JobAnswers answers, ActiveDeviations deviations)
{
    /// <summary>4.8.1 Querying a DDM Kernel Version That Can Be Changed.</summary>
    public OperationResult ListAvailable(OperationRequest request)
    {
        var instance = access.Find(request);
        var current = instance.Engine.Version;
        var versions = KernelCatalogue.ChangeableFrom(current).Select(v => v.Number).ToList();
        var json = new JsonObject
        {
            ["versions"] = deviations.IsOn(Deviation.KernelVersionsAsString)
                ? JsonValue.Create(string.Join(",", versions))
                : new JsonArray(versions.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
            ["current_version"] = current,
            ["latest_version"] = KernelCatalogue.Latest.Number,
            ["current_favored_version"] = KernelCatalogue.FavoredOf(current),
            // Only after an upgrade is there a version "before the latest upgrade"; until then the field is
            // empty: the documented example always carries it, and a string field is never null here.
            ["previous_version"] = history.PreviousOf(instance.ProjectId, instance.Id) ?? "",
        };
        return OperationResult.Ok(json);
    }

    /// <summary>4.8.2 Changing a DDM Kernel Version: any other version of the region, newer or older.</summary>
    public OperationResult Change(OperationRequest request)
    {
        var target = JsonFields.Root(request.RequiredBody).RequiredString("target_version");
        var version = KernelCatalogue.Find(target)
                      ?? throw JsonFields.Invalid($"target_version '{target}' is no kernel version of this region (see 4.8.1)");
        var started = access.Begin(request, "UpgradeVersion", (current, at) =>
        {
            var from = current.Engine.Version;
            if (from == version.Number)
                throw JsonFields.Invalid($"the instance already runs kernel version {from}");
            history.Changed(current.ProjectId, current.Id, from, version.Number);
            return current.Begin(InstanceStatus.UpgradeVersionInstance, at.Now, at.DueAt, done => WithVersion(done, version.Number));
        });
        return Answer(started);
    }

    /// <summary>4.8.3 Rolling Back a DDM Kernel Version: to the version before the latest upgrade, once.</summary>
    public OperationResult Rollback(OperationRequest request)
    {
        var started = access.Begin(request, "RollbackVersion", (current, at) =>
        {
            var previous = history.PreviousOf(current.ProjectId, current.Id)
                           ?? throw JsonFields.Invalid("the instance has not been upgraded since it was bought or last rolled back; there is nothing to roll back to");
            history.RolledBack(current.ProjectId, current.Id);
            return current.Begin(InstanceStatus.RollBackDbVersion, at.Now, at.DueAt, done => WithVersion(done, previous));
        });
        return Answer(started);
    }

    /// <summary>4.8.4 Reminding Users of Risks for a DDM Kernel Version.</summary>
    public OperationResult ShowRisks(OperationRequest request)
    {
        var instance = access.Find(request);
        var risks = KernelRisks.For(instance.Id, instance.Engine.Name, instance.Engine.Version, deviations.IsOn(Deviation.RiskLevelAsString));
        return OperationResult.Ok(new JsonObject { ["risks"] = new JsonArray(risks.ToArray<JsonNode?>()) });
    }

    private static DdmInstance WithVersion(DdmInstance instance, string version)
        => instance with { Engine = instance.Engine with { Version = version } };

    // Tables 4-454 and 4-457: the instance and the job; the change costs nothing, so never an order.
    private OperationResult Answer(Started started)
        => answers.Accepted(new JsonObject { ["instance_id"] = started.Instance.Id, ["job_id"] = started.Job.Id });
}
