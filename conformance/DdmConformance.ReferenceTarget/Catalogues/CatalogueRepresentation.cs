using System.Globalization;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Fixtures;

namespace DdmConformance.ReferenceTarget.Catalogues;

/// <summary>
/// The wire shapes of engines (Tables 4-94, 4-95, 4-127) and node classes (Tables 4-103, 4-133, 4-134).
/// The tables disagree on how to spell the architectures (x86/Arm in Table 4-102, x86/ARM in Tables 4-103
/// and 4-132); each field follows its own table's enum.
/// </summary>
internal static class CatalogueRepresentation
{
    public static JsonObject EngineV2(Engine engine)
    {
        var zones = new JsonArray();
        foreach (var zone in AvailabilityZones.All)
            zones.Add(new JsonObject { ["code"] = zone.Code, ["name"] = zone.Code, ["favored"] = zone.SupportsDdm });
        return new JsonObject { ["id"] = engine.Id, ["name"] = engine.Name, ["version"] = engine.Version, ["supportAzs"] = zones };
    }

    public static JsonObject EngineV3(Engine engine)
        => new() { ["id"] = engine.Id, ["name"] = engine.Name, ["version"] = engine.Version };

    /// <summary>Table 4-102 groupType: "x86" or "Arm".</summary>
    public static string GroupTypeV2(Architecture architecture) => architecture == Architecture.X86 ? "x86" : "Arm";

    /// <summary>Tables 4-103 (architecture, groupType) and 4-132 (group_type): "x86" or "ARM".</summary>
    public static string ArchitectureUpper(Architecture architecture) => architecture == Architecture.X86 ? "x86" : "ARM";

    /// <summary>Table 4-103, ComputeFlavors.</summary>
    public static JsonObject FlavorV2(Flavor flavor)
    {
        var status = new JsonObject();
        foreach (var zone in AvailabilityZones.All)
            status[zone.Code] = zone.SupportsDdm ? "normal" : "unsupported";
        var codes = string.Join(",", AvailabilityZones.All.Select(z => z.Code));
        return new JsonObject
        {
            ["id"] = flavor.Id,
            ["typeCode"] = "hws.resource.type.ddm",
            ["code"] = flavor.SpecCode,
            ["iaasCode"] = flavor.IaasCode,
            ["cpu"] = flavor.Vcpus.ToString(CultureInfo.InvariantCulture),
            ["mem"] = flavor.MemoryGb.ToString(CultureInfo.InvariantCulture),
            // The document prints the string "null"; the target states the max_connections default (4.10).
            ["maxConnections"] = "20000",
            ["serverType"] = "KVM",
            ["architecture"] = ArchitectureUpper(flavor.Architecture),
            ["azStatus"] = status,
            ["regionStatus"] = "normal",
            ["groupType"] = ArchitectureUpper(flavor.Architecture),
            ["dbType"] = "DDM",
            ["extendFields"] = new JsonObject { ["azCode"] = codes, ["azDescription"] = codes },
        };
    }

    /// <summary>Table 4-133, Flavor, with the AZs asked for (all of the region's when none were).</summary>
    public static JsonObject FlavorV3(Flavor flavor, IReadOnlyList<AvailabilityZone> zones)
    {
        var infos = new JsonArray();
        foreach (var zone in zones)
        {
            infos.Add(new JsonObject
            {
                ["code"] = zone.Code,
                ["status"] = zone.SupportsDdm ? "normal" : "unsupported",
                ["description"] = zone.Description,
                ["support_ipv6"] = zone.SupportsIpv6,
            });
        }
        return new JsonObject
        {
            ["id"] = flavor.Id,
            ["spec_code"] = flavor.SpecCode,
            ["vcpus"] = flavor.Vcpus.ToString(CultureInfo.InvariantCulture),
            ["ram"] = flavor.MemoryGb.ToString(CultureInfo.InvariantCulture),
            ["az_infos"] = infos,
        };
    }
}
