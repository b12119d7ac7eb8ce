using DdmConformance.ReferenceTarget.SideApis.Dbss;
using DdmConformance.ReferenceTarget.SideApis.Das;
using DdmConformance.ReferenceTarget.SideApis.Dms;

namespace DdmConformance.ReferenceTarget;

/// <summary>
/// Values the related APIs need but no operation of their specs can create, as the bundled target has them
/// (in every project): the instance DAS connects to, the DBSS audit instance, and a DMS user with the DBA role.
/// A run against the bundled target passes them to the engine as fixtures of the API they belong to.
/// </summary>
public static class SideApiFixtures
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> ByApi = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Das"] = new Dictionary<string, string> { ["instance_id"] = DasInstance.Documented.Id },
        ["Dbss"] = new Dictionary<string, string> { ["instance_id"] = DbssDatabaseStore.AuditInstanceId },
        ["DmsRegisterInstance"] = new Dictionary<string, string> { ["DbaUid"] = DmsTenant.SeededDbaUid },
    };

    /// <summary>Parameter name → value for the API of that catalog name (<c>Das</c>, <c>Dbss</c>…); empty for any other.</summary>
    public static IReadOnlyDictionary<string, string> For(string apiName)
        => ByApi.TryGetValue(apiName, out var fixtures) ? fixtures : new Dictionary<string, string>();
}
