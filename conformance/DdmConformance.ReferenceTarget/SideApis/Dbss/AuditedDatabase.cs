namespace DdmConformance.ReferenceTarget.SideApis.Dbss;

/// <summary>A database added to an audit instance: Table 4's fields and the record id Table 5 answers.</summary>
internal sealed record AuditedDatabase(
    string Id,
    string DbClassification,
    string Name,
    string Type,
    string Version,
    string Charset,
    string Ip,
    string Port,
    string Os,
    string? InstanceName,
    DateTimeOffset Added);
