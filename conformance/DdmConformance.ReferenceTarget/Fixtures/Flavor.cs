namespace DdmConformance.ReferenceTarget.Fixtures;

/// <summary>CPU architecture of a node class (appendix A.4, Table A-5).</summary>
internal enum Architecture
{
    X86,
    Arm,
}

/// <summary>
/// A DDM node class as the flavor APIs list it (Tables 4-103, 4-133): the id a client orders with, the
/// specification code instance details show as <c>flavor_ref</c>, and its size.
/// </summary>
internal sealed record Flavor(string Id, string SpecCode, string IaasCode, int Vcpus, int MemoryGb, Architecture Architecture);
