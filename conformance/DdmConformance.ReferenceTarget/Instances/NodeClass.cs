namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>A DDM node class (appendix A.4, Table A-5).</summary>
internal sealed record NodeClass(string SpecCode, int Vcpus, int MemoryGb)
{
    public static readonly IReadOnlyList<NodeClass> All =
    [
        new("ddm.c6.2xlarge.2", 8, 16),
        new("ddm.c6.4xlarge.2", 16, 32),
        new("ddm.c6.8xlarge.2", 32, 64),
        new("ddm.kc1.2xlarge.2", 8, 16),
        new("ddm.kc1.4xlarge.2", 16, 32),
        new("ddm.kc1.8xlarge.2", 32, 64),
    ];

    /// <summary>
    /// The class an order's flavor_id stands for. The document's flavor ids are opaque UUIDs with no
    /// published mapping, so a flavor_id that is a spec code selects that class and anything else gets
    /// the smallest x86 class.
    /// </summary>
    public static NodeClass ForFlavor(string flavorId)
        => All.FirstOrDefault(c => c.SpecCode.Equals(flavorId, StringComparison.Ordinal)) ?? All[0];
}
