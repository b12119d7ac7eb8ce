namespace DdmConformance.Reports.Evidence;

/// <summary>
/// What a case aims at, read from its stable id (<c>createInstance/invalid/wrong-type/instance.name/3</c>,
/// <c>showInstance/unknown/instance_id</c>, <c>createInstance/error-code/DBS.280001</c>,
/// <c>listInstances/example/listInstances</c>): the documented example it replays, the error code it
/// provokes, the parameter or body field it spoils. The engine's ids are the contract; unknown shapes yield nothing.
/// </summary>
internal sealed record CaseTarget(string? Example, string? ErrorCode, string? Parameter, string? BodyField, bool BadCredentials)
{
    public static CaseTarget Of(string caseId)
    {
        var parts = caseId.Split('/');
        string? At(int i) => parts.Length > i && parts[i].Length > 0 ? parts[i] : null;
        return At(1) switch
        {
            "example" => new CaseTarget(At(2) is "tables" ? null : At(2), null, null, null, false),
            "error-code" => new CaseTarget(null, At(2), null, null, false),
            "unknown" => new CaseTarget(null, null, At(2), null, false),
            "invalid-query" => new CaseTarget(null, null, At(3), null, false),
            "invalid" => new CaseTarget(null, null, null, At(3), false),
            "auth" => new CaseTarget(null, null, null, null, At(2) == "bad"),
            _ => new CaseTarget(null, null, null, null, false),
        };
    }
}
