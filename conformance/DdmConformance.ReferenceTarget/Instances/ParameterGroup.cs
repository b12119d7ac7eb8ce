using System.Collections.Immutable;
using DdmConformance.ReferenceTarget.Fixtures;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>An instance's own parameter group (4.2.23): created from the defaults when the instance is bought.</summary>
internal sealed record ParameterGroup(string Id, string Name, string Description, DateTimeOffset Updated, ImmutableArray<InstanceParameter> Values)
{
    public static ParameterGroup ForNewInstance(string instanceName, DateTimeOffset created)
        => new(ResourceIds.ParameterGroup(), "ddm_" + instanceName, "ParamGroup for instance", created, [.. ParameterDefaults.All]);
}
