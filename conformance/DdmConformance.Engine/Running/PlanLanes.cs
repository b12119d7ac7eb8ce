namespace DdmConformance.Engine.Running;

/// <summary>Cases of the plan that must run one after another, in plan order.</summary>
/// <param name="Name">The API whose cases these are.</param>
/// <param name="Indexes">The cases' positions in the plan, ascending.</param>
public sealed record Lane(string Name, IReadOnlyList<int> Indexes);

/// <summary>
/// Splits a plan into lanes that share no resource pool, so lanes may run at the same time while each keeps
/// plan order. A lane is one API: each API has a pool of its own (its shared resources, its failures to
/// create one, the one in creation), and nothing one API creates is a value for another's parameters.
/// <para>
/// Inside an API there is no sound finer split. Every case of an API reaches the same pool: whichever case
/// first needs an instance creates the shared one, and later cases rely on it and on what earlier cases did
/// to it. Even operations that take no created resource read what the others change (the instance list, the
/// jobs of 4.5), so running them beside the rest would make their answers depend on timing. Nor can DDM's
/// chapters each work on an instance of their own: a data node (RDS instance) serves one DDM instance at a
/// time (4.3.1, DBS.300110), the schemas and accounts chapters both need them, and every purchase is billable.
/// One lane per API keeps every answer what the sequential run would have seen.
/// </para>
/// </summary>
public static class PlanLanes
{
    /// <summary>The plan's lanes, in the order their first case appears in the plan.</summary>
    public static IReadOnlyList<Lane> Of(IReadOnlyList<PlannedCase> plan)
        => plan.Select((planned, index) => (planned.Api.Name, index))
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .Select(g => new Lane(g.Key, g.Select(x => x.index).ToList()))
            .ToList();
}
