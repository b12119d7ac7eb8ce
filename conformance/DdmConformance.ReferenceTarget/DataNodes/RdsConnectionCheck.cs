using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.DataNodes;

/// <summary>
/// 4.2.38 Checking RDS Connectivity. Each entry is tried against the seeded <see cref="RdsFixtures"/>: an
/// unknown instance, an endpoint that is not the instance's address, or wrong credentials each fail that
/// entry (<c>success: "false"</c> with the A.3 code that says why); the request itself succeeds. Table
/// 4-191 documents the answered id with an <c>in09</c> suffix; the answer carries the RDS instance id
/// asked about, which ends in <c>in01</c> (Table 4-189, and the example response).
/// </summary>
internal sealed class RdsConnectionCheck(InstanceAccess access)
{
    public OperationResult Check(OperationRequest request)
    {
        var infos = JsonFields.Root(request.RequiredBody).RequiredObjectArray("infos", 1, 32).Select(Read).ToList();
        access.Find(request).RequireRunning();

        var results = new JsonArray();
        foreach (var info in infos)
            results.Add(Outcome(info));
        return OperationResult.Ok(new JsonObject { ["rds_check_infos"] = results });
    }

    private static JsonObject Outcome(Target info)
    {
        var rds = RdsFixtures.ById(info.RdsInstanceId);
        var failure = rds is null ? Failure("DBS.300103", "The RDS instance does not exist or it is not in the same VPC as the schema.")
            : rds.Endpoint != info.Endpoint ? Failure("DBS.300356", "Failed to connect to the RDS DB instance.")
            : !rds.Accepts(info.Username, info.Password)
                ? Failure("DBS.300357", "The RDS instance administrator or password is incorrect.")
            : null;
        var json = new JsonObject { ["rds_instance_id"] = info.RdsInstanceId, ["success"] = failure is null ? "true" : "false" };
        if (failure is { } f)
        {
            json["error_code"] = f.Code;
            json["error_message"] = f.Message;
        }
        return json;
    }

    /// <summary>
    /// Table 4-189: all four mandatory strings. Their values are what the check tries, so a value that
    /// cannot work (an id that is not an RDS instance's, an endpoint that is not its address) fails its
    /// entry rather than the request.
    /// </summary>
    private static Target Read(JsonFields info)
        => new(info.RequiredString("endpoint"), info.RequiredString("username"), info.RequiredString("password"), info.RequiredString("rds_instance_id"));

    private static (string Code, string Message)? Failure(string code, string message) => (code, message);

    private sealed record Target(string Endpoint, string Username, string Password, string RdsInstanceId);
}
