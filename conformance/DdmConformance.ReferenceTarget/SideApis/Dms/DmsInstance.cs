namespace DdmConformance.ReferenceTarget.SideApis.Dms;

/// <summary>A database instance registered in the DMS tenant (RegisterInstance's parameters that matter later).</summary>
internal sealed record DmsInstance(
    string Host,
    long Port,
    string InstanceType,
    string InstanceSource,
    string NetworkType,
    string EnvType,
    string Alias,
    string DatabaseUser,
    string DbaUid,
    string SafeRule,
    long QueryTimeout,
    long ExportTimeout,
    string? DataLinkName,
    bool UseDsql);
