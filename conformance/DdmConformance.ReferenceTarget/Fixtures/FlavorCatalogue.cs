using System.Security.Cryptography;
using System.Text;

namespace DdmConformance.ReferenceTarget.Fixtures;

/// <summary>
/// The node classes of the target's region: every class of appendix A.4 (Table A-5, with its vCPUs, memory
/// and architecture) plus the classes the document's examples order or list, under the documented ids,
/// so that the example requests name real flavors. A.4 says the classes "vary according to actual
/// situations"; the extra ones are such a variation. Every engine offers every class.
/// </summary>
internal static class FlavorCatalogue
{
    /// <summary>x86 classes first, smallest first; then Arm.</summary>
    public static IReadOnlyList<Flavor> All { get; } =
    [
        // 4.2.16 example (and the flavor_id of the 4.2.1 and 4.2.9 examples).
        new("8f2e696c-a9c1-30bd-af90-25522bc67606", "ddm.c3.large.2", "c3.large.2", 2, 4, Architecture.X86),
        // The flavor_id of the 4.2.19 examples; its class is the x86 class of the 4.2.22 example.
        new("a615922f-0ed8-3691-aad4-a595185febba", "ddm.c6.xlarge.2", "c6.xlarge.2", 4, 8, Architecture.X86),
        A4("ddm.c6.2xlarge.2", "c6.2xlarge.2", 8, 16, Architecture.X86),
        A4("ddm.c6.4xlarge.2", "c6.4xlarge.2", 16, 32, Architecture.X86),
        A4("ddm.c6.8xlarge.2", "c6.8xlarge.2", 32, 64, Architecture.X86),
        // 4.2.16 example, as printed (an "rc6" code on a kc1 VM flavor).
        new("87a6cb8b-0c56-3e16-a91d-9b680a1f8b7f", "ddm.rc6.large.2", "kc1.xlarge.2", 4, 8, Architecture.Arm),
        // 4.2.22 example (its id is masked in the document).
        A4("ddm.kc1.large.2", "kc1.large.2", 2, 4, Architecture.Arm),
        A4("ddm.kc1.2xlarge.2", "kc1.2xlarge.2", 8, 16, Architecture.Arm),
        A4("ddm.kc1.4xlarge.2", "kc1.4xlarge.2", 16, 32, Architecture.Arm),
        A4("ddm.kc1.8xlarge.2", "kc1.8xlarge.2", 32, 64, Architecture.Arm),
    ];

    public static Flavor? ById(string id) => All.FirstOrDefault(f => f.Id.Equals(id, StringComparison.Ordinal));

    public static Flavor? BySpecCode(string specCode) => All.FirstOrDefault(f => f.SpecCode.Equals(specCode, StringComparison.Ordinal));

    /// <summary>
    /// The ids the document prints are name-based UUIDs (version 3); classes without a documented id get
    /// one the same way, from their specification code, so they are stable from run to run.
    /// </summary>
    private static Flavor A4(string specCode, string iaasCode, int vcpus, int memoryGb, Architecture architecture)
        => new(NameBasedUuid("ddm-flavor:" + specCode), specCode, iaasCode, vcpus, memoryGb, architecture);

    private static string NameBasedUuid(string name)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(Convert.ToHexString(hash)).ToString("D");
    }
}
