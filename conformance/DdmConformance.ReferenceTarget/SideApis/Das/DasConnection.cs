namespace DdmConformance.ReferenceTarget.SideApis.Das;

/// <summary>
/// A stored instance connection: what Table 2 sent, plus the id Table 3 answers. The password is kept only
/// when <c>is_save_password</c> was true.
/// </summary>
internal sealed record DasConnection(
    string ConnectionId,
    string EngineType,
    string NetworkType,
    string Username,
    bool IsSavePassword,
    string? Password,
    IReadOnlyList<string> NodeIds,
    string? Remarks,
    int? Port,
    string? DatabaseName,
    bool? SqlRecordFlag,
    DateTimeOffset Created);
