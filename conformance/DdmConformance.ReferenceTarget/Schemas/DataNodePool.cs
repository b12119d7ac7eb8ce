using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>
/// Which seeded RDS instances a DDM instance may use as data nodes (4.3.1 Constraints): those in its VPC
/// that no other DDM instance uses: not a DDM instance of this project (through its schemas) and not the
/// one fixture that someone else's DDM instance already holds.
/// </summary>
internal sealed class DataNodePool(SchemaStore store, ProjectInstances project)
{
    /// <summary>RDS instances this DDM instance can create schemas on, in fixture order.</summary>
    public IReadOnlyList<RdsInstance> Available(DdmInstance instance, DateTimeOffset now)
        => RdsFixtures.All.Where(r => r.VpcId == instance.Purchase.VpcId && Holder(instance, r, now) is null).ToList();

    /// <summary>The DDM instance that already uses <paramref name="rds"/>, other than <paramref name="instance"/>; null when it is free.</summary>
    public string? Holder(DdmInstance instance, RdsInstance rds, DateTimeOffset now)
        => rds.AssociatedDdmInstance
           ?? store.OtherUserOf(instance.ProjectId, instance.Id, rds.Id, id => project.Find(id, now) is not null);

    /// <summary>
    /// Each named data node must exist in the instance's VPC (DBS.300103), be free (DBS.300110), and accept
    /// the credentials (<paramref name="wrongCredentials"/>: DBS.300114 for schemas, DBS.300357 for shard configuration).
    /// </summary>
    public IReadOnlyList<RdsInstance> Claim(DdmInstance instance, IEnumerable<DataNodeLogin> logins, DateTimeOffset now, Func<string, ApiError> wrongCredentials)
    {
        var claimed = new List<RdsInstance>();
        foreach (var login in logins)
        {
            var rds = RdsFixtures.ById(login.RdsId);
            if (rds is null || rds.VpcId != instance.Purchase.VpcId)
                throw new ApiErrorException(SchemaErrors.UnknownRds($"no RDS instance {login.RdsId} in VPC {instance.Purchase.VpcId}"));
            if (Holder(instance, rds, now) is { } holder)
                throw new ApiErrorException(SchemaErrors.RdsNotAssociable($"RDS instance {rds.Id} is associated with DDM instance {holder}"));
            if (!rds.Accepts(login.User, login.Password))
                throw new ApiErrorException(wrongCredentials($"the administrator or password of {login} is wrong"));
            claimed.Add(rds);
        }
        return claimed;
    }
}
