using System.Collections.Immutable;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// The instances of one project. One lock guards the project's state; every read first applies the
/// transitions that are due, so all callers see the same status at the same time.
/// </summary>
internal sealed class ProjectInstances(string projectId)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DdmInstance> byId = new(StringComparer.Ordinal);
    private long nextSequence;

    /// <summary>Addresses for this project's nodes and load balancers; use under <see cref="Update"/>'s lock.</summary>
    public AddressPool Addresses { get; } = new();

    /// <param name="purchase">The validated order.</param>
    /// <param name="flavor">The node class it names.</param>
    /// <param name="engine">The engine it names.</param>
    /// <param name="now">Time of the purchase.</param>
    /// <param name="dueAt">When provisioning completes (<see cref="DateTimeOffset.MaxValue"/>: never).</param>
    public DdmInstance Buy(InstancePurchase purchase, Flavor flavor, Engine engine, DateTimeOffset now, DateTimeOffset dueAt)
    {
        lock (gate)
        {
            var created = WireTime.ToSeconds(now);
            var groupId = ResourceIds.Group();
            // Nodes are spread over the ordered AZs in turn.
            var nodes = Enumerable.Range(0, purchase.NodeNum)
                .Select(i => NodeFactory.Create(Addresses, groupId, purchase.Name, i + 1,
                    purchase.AvailableZones[i % purchase.AvailableZones.Count], purchase.SubnetId))
                .ToImmutableArray();
            // The load balancer address is reserved when the order is placed: clients may configure it
            // while the instance is still being created.
            var group = new NodeGroup(groupId, NodeGroup.DefaultName, NodeGroup.ReadWrite, flavor, IsDefault: true, Addresses.NextPrivate(), nodes);

            var instance = new DdmInstance
            {
                Id = ResourceIds.Instance(),
                Sequence = nextSequence++,
                ProjectId = projectId,
                Name = purchase.Name,
                Status = InstanceStatus.Creating,
                Created = created,
                Updated = created,
                Purchase = purchase,
                Engine = engine,
                SecurityGroupId = purchase.SecurityGroupId,
                Groups = [group],
                NodesNamed = nodes.Length,
                Parameters = ParameterGroup.ForNewInstance(purchase.Name, created),
                // The order is settled at once: the target has no billing system to pay it later.
                OrderId = purchase.Subscription is null ? null : ResourceIds.Order(now),
                Pending = PendingTransition.NodesNormal(dueAt),
            };
            byId.Add(instance.Id, instance);
            return instance;
        }
    }

    public DdmInstance? Find(string instanceId, DateTimeOffset now)
    {
        lock (gate)
            return CatchUp(instanceId, now);
    }

    /// <summary>A page of instances, newest first, and the total number of instances.</summary>
    public (IReadOnlyList<DdmInstance> Page, int Total) List(int offset, int limit, DateTimeOffset now)
    {
        lock (gate)
        {
            var all = byId.Keys.ToList().Select(id => CatchUp(id, now)!).OrderByDescending(i => i.Sequence).ToList();
            return (all.Skip(offset).Take(limit).ToList(), all.Count);
        }
    }

    /// <summary>Applies <paramref name="change"/> atomically; it may throw an <see cref="ApiErrorException"/> to refuse.</summary>
    public DdmInstance Update(string instanceId, DateTimeOffset now, Func<DdmInstance, DdmInstance> change)
    {
        lock (gate)
        {
            var current = CatchUp(instanceId, now) ?? throw new ApiErrorException(ApiError.UnknownInstance(instanceId));
            var changed = change(current);
            byId[instanceId] = changed;
            return changed;
        }
    }

    /// <summary>Removes the instance; yearly/monthly instances cannot be deleted (4.2.6 Constraints).</summary>
    public DdmInstance Delete(string instanceId, DateTimeOffset now)
    {
        lock (gate)
        {
            var current = CatchUp(instanceId, now) ?? throw new ApiErrorException(ApiError.UnknownInstance(instanceId));
            if (current.IsSubscription)
                throw new ApiErrorException(ApiError.InvalidParameter("yearly/monthly instances cannot be deleted"));
            byId.Remove(instanceId);
            return current;
        }
    }

    private DdmInstance? CatchUp(string instanceId, DateTimeOffset now)
    {
        if (!byId.TryGetValue(instanceId, out var instance))
            return null;
        var current = instance.CaughtUp(now);
        if (!ReferenceEquals(current, instance))
            byId[instanceId] = current;
        return current;
    }
}
