using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;

namespace DdmConformance.ReferenceTarget.Versions;

/// <summary>
/// 4.1.1 Querying API Versions: the versions exactly as the documented example lists them (v3 current,
/// v1 deprecated, both without links or microversion).
/// </summary>
internal sealed class ApiVersionsOperation(ActiveDeviations deviations)
{
    public OperationResult List(OperationRequest request)
    {
        var body = new JsonObject
        {
            ["versions"] = new JsonArray
            {
                Version("v3", "CURRENT", "2019-01-15T12:00:00Z"),
                Version("v1", "DEPRECATED", "2017-02-07T17:34:02Z"),
            },
        };
        return new OperationResult(deviations.IsOn(Deviation.VersionsWrongStatus) ? 201 : 200, body);
    }

    private static JsonObject Version(string id, string status, string updated) => new()
    {
        ["id"] = id,
        ["links"] = new JsonArray(),
        ["status"] = status,
        ["updated"] = updated,
        ["version"] = "",
    };
}
