using System.Text.Json;
using DdmConformance.ReferenceTarget.SideApis.Common;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.SideApis.Das;

/// <summary>Reads and checks the body of "Creating an Instance Connection" against Table 2.</summary>
internal static class DasConnectionRequest
{
    /// <summary>Table 2 (line 128).</summary>
    public static readonly IReadOnlyList<string> EngineTypes = ["mysql", "sqlserver", "postgresql", "taurus", "gaussdbv5", "mongodb", "ddm"];

    /// <summary>Table 2 (line 156).</summary>
    public static readonly IReadOnlyList<string> NetworkTypes = ["rds", "gaussdb", "dds", "ddm"];

    /// <param name="body">The parsed request body.</param>
    /// <param name="instance">The instance connected to; null when a deviation lets an unknown one through (node ids go unchecked).</param>
    /// <param name="now">When the connection is created.</param>
    public static DasConnection Read(JsonElement body, DasInstance? instance, DateTimeOffset now)
    {
        var fields = JsonFields.Root(body);
        var engineType = fields.RequiredString("engine_type");
        TextRules.OneOf("engine_type", engineType, EngineTypes);
        var networkType = fields.RequiredString("network_type");
        TextRules.OneOf("network_type", networkType, NetworkTypes);
        var username = fields.RequiredString("username");
        TextRules.NotEmpty("username", username);
        var isSavePassword = fields.RequiredBoolean("is_save_password");
        var password = fields.RequiredString("password");
        TextRules.NotEmpty("password", password);

        var nodeIds = fields.OptionalStringArray("node_ids") ?? [];
        foreach (var nodeId in nodeIds)
        {
            if (instance is not null && !instance.NodeIds.Contains(nodeId, StringComparer.Ordinal))
                throw JsonFields.Invalid($"node_ids: {nodeId} is not a node of instance {instance.Id}");
        }

        var port = fields.OptionalInt32("port");
        // Table 2 says [1,65536]; the table is normative, even though 65536 is no TCP port.
        if (port is < 1 or > 65536)
            throw JsonFields.Invalid("port must be between 1 and 65536");

        return new DasConnection(
            Guid.NewGuid().ToString("D"),
            engineType,
            networkType,
            username,
            isSavePassword,
            isSavePassword ? password : null,
            nodeIds,
            fields.OptionalString("remarks"),
            port,
            fields.OptionalString("database_name"),
            fields.OptionalBoolean("sql_record_flag"),
            now);
    }
}
