namespace DdmConformance.ReferenceTarget.Fixtures;

/// <summary>An AZ of the target's region and whether DDM node classes can be deployed there.</summary>
internal sealed record AvailabilityZone(string Code, string Description, bool SupportsDdm, bool SupportsIpv6);

/// <summary>
/// The AZs the flavor and engine listings report, with the codes and states of the 4.2.15 and 4.2.16
/// examples (az2.dc0 does not support DDM there). Orders are not checked against this list: the document
/// uses many more AZ codes (cn-north-1a, some_az…) and the target treats AZ codes as opaque.
/// </summary>
internal static class AvailabilityZones
{
    public static IReadOnlyList<AvailabilityZone> All { get; } =
    [
        new("az1", "AZ 1", SupportsDdm: true, SupportsIpv6: true),
        new("az2", "AZ 2", SupportsDdm: true, SupportsIpv6: true),
        new("az1xahz", "AZ 1 (xahz)", SupportsDdm: true, SupportsIpv6: false),
        new("az2xahz", "AZ 2 (xahz)", SupportsDdm: true, SupportsIpv6: false),
        new("az3xahz", "AZ 3 (xahz)", SupportsDdm: true, SupportsIpv6: false),
        new("az2.dc0", "AZ 2 (dc0)", SupportsDdm: false, SupportsIpv6: false),
    ];
}
