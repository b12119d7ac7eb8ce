namespace DdmConformance.ReferenceTarget.SideApis.Dms;

/// <summary>A user registered in the DMS tenant (RegisterUser's parameters).</summary>
internal sealed record DmsUser(string Uid, string? Nick, IReadOnlyList<string> Roles, string? Mobile);
