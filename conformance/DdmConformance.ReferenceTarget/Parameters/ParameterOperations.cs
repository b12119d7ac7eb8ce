using System.Globalization;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Parameters;

/// <summary>
/// 4.2.23 Querying Parameters of a Specified DDM Instance: the instance's own parameter group, created
/// from <see cref="Fixtures.ParameterDefaults"/> when it was bought. The target has English descriptions
/// only and answers them whatever X-Language asks for.
/// </summary>
internal sealed class ParameterOperations(InstanceAccess access, ActiveDeviations deviations)
{
    public OperationResult List(OperationRequest request)
    {
        var paging = deviations.IsOn(Deviation.ParametersIgnoreLimit)
            ? new Paging(0, int.MaxValue)
            : Paging.Read(request.Query, defaultLimit: Paging.MaxLimit);
        var group = access.Find(request).Parameters;

        var parameters = new JsonArray();
        foreach (var p in paging.Page(group.Values))
        {
            parameters.Add(new JsonObject
            {
                ["name"] = p.Name,
                ["value"] = p.Value,
                ["need_restart"] = p.NeedRestart ? "1" : "0",
                ["read_only"] = p.ReadOnly ? "1" : "0",
                ["value_range"] = p.ValueRange,
                ["data_type"] = p.DataType,
                ["description"] = p.Description,
            });
        }
        return OperationResult.Ok(new JsonObject
        {
            ["id"] = group.Id,
            ["name"] = group.Name,
            ["description"] = group.Description,
            // Table 4-138 states no format; the example prints "2021-11-09 03:26:52".
            ["updated"] = group.Updated.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["configuration_parameter"] = parameters,
            ["offset"] = paging.Offset,
            ["limit"] = paging.Limit,
            ["total"] = group.Values.Length,
        });
    }
}
