using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.DataNodes;

/// <summary>
/// The operations on the RDS instances (data nodes) behind a DDM instance: 4.2.8 and 4.2.37 reload,
/// 4.2.11 read policy, 4.2.12 sync. All need the instance RUNNING. The RDS instances are the seeded
/// <see cref="RdsFixtures"/>: the target does not model which of them a schema associates (4.3).
/// </summary>
internal sealed class DataNodeOperations(InstanceAccess access, ActiveDeviations deviations)
{
    /// <summary>DBS.300315: "greater than or equal to 0 and less than 100".</summary>
    private const int MaxReadWeight = 99;

    /// <summary>4.2.8 and 4.2.37 Reloading Table Data: synchronous, answered with an empty object.</summary>
    public OperationResult ReloadTableData(OperationRequest request)
    {
        if (request.Body is { } body)
            JsonFields.Root(body); // no parameters are documented; whatever comes must be an object
        access.Find(request).RequireRunning();
        return OperationResult.Ok(new JsonObject());
    }

    /// <summary>4.2.11 Modifying the Read Policy of the Associated DB Instance.</summary>
    public OperationResult UpdateReadPolicy(OperationRequest request)
    {
        var weights = JsonFields.Root(request.RequiredBody).RequiredInt32Map("read_weight");
        if (weights.Count == 0)
            throw JsonFields.Invalid("read_weight must name at least one DB instance");
        foreach (var (rdsId, weight) in weights)
        {
            if (RdsFixtures.ById(rdsId) is null)
                throw JsonFields.Invalid($"read_weight: '{rdsId}' names no RDS instance");
            if (weight is < 0 or > MaxReadWeight && !deviations.IsOn(Deviation.ReadWeightUnchecked))
                throw new ApiErrorException(ApiError.InvalidReadWeight($"read_weight.{rdsId} is {weight}; it must be 0 to {MaxReadWeight}"));
        }

        var instance = access.Update(request, (current, at) =>
            current.Changed(at.Now, i => i with { ReadWeights = i.ReadWeights.SetItems(weights) }));
        return OperationResult.Ok(new JsonObject { ["success"] = true, ["instance_id"] = instance.Id });
    }

    /// <summary>4.2.12 Synchronizing Data Node Information: a job; the instance stays RUNNING (A.6 has no status for it).</summary>
    public OperationResult SyncDataNodes(OperationRequest request)
    {
        var instance = access.Find(request).RequireRunning();
        var job = access.Record(request, "SyncDataNodes", instance, access.Now + access.ChangeDelay);
        var snake = deviations.IsOn(Deviation.V2JobIdSnakeCase);
        return OperationResult.Ok(new JsonObject
        {
            [snake ? "instance_id" : "instanceId"] = instance.Id,
            [snake ? "job_id" : "jobId"] = job.Id,
        });
    }
}
