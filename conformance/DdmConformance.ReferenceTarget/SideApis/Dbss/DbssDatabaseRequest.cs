using System.Net;
using System.Text.Json;
using DdmConformance.ReferenceTarget.SideApis.Common;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.SideApis.Dbss;

/// <summary>Reads and checks the body of "Adding a Self-Built Database" against Tables 3 and 4.</summary>
internal static class DbssDatabaseRequest
{
    /// <summary>Table 4, db_classification (line 137).</summary>
    public static readonly IReadOnlyList<string> Classifications = ["RDS", "ECS"];

    /// <summary>Table 4, type (line 157).</summary>
    public static readonly IReadOnlyList<string> Types =
    [
        "MYSQL", "ORACLE", "POSTGRESQL", "SQLSERVER", "DAMENG", "TAURUS", "DWS", "KINGBASE", "GAUSSDBOPENGAUSS",
        "GREENPLUM", "HIGHGO", "SHENTONG", "GBASE8A", "GBASE8S", "GBASEXDM", "MONGODB", "DDS",
    ];

    /// <summary>Table 4, charset (line 207).</summary>
    public static readonly IReadOnlyList<string> Charsets = ["GBK", "UTF8"];

    /// <summary>Table 4, os (line 235).</summary>
    public static readonly IReadOnlyList<string> OperatingSystems = ["LINUX64", "WINDOWS64", "UNIX"];

    public static AuditedDatabase Read(JsonElement body, DateTimeOffset now)
    {
        var database = JsonFields.Root(body).RequiredObject("database");

        var classification = database.RequiredString("db_classification");
        TextRules.OneOf(database.PathOf("db_classification"), classification, Classifications);
        var name = database.RequiredString("name");
        TextRules.NotEmpty(database.PathOf("name"), name);
        var type = database.RequiredString("type");
        TextRules.OneOf(database.PathOf("type"), type, Types);
        var version = database.RequiredString("version");
        TextRules.NotEmpty(database.PathOf("version"), version);
        var charset = database.RequiredString("charset");
        TextRules.OneOf(database.PathOf("charset"), charset, Charsets);

        // The table says only "Database IP address" / "Database Port" (both strings); a value that is no
        // address or port cannot name a database to audit.
        var ip = database.RequiredString("ip");
        if (!IPAddress.TryParse(ip, out _))
            throw JsonFields.Invalid($"{database.PathOf("ip")} must be an IP address");
        var port = database.RequiredString("port");
        if (!TextRules.IsPortNumber(port))
            throw JsonFields.Invalid($"{database.PathOf("port")} must be a port number (1 to 65535) written as a string");

        var os = database.RequiredString("os");
        TextRules.OneOf(database.PathOf("os"), os, OperatingSystems);

        return new AuditedDatabase(DbssDatabaseStore.NewRecordId(), classification, name, type, version, charset, ip, port, os,
            database.OptionalString("instance_name"), now);
    }
}
