namespace DdmConformance.ReferenceTarget.SideApis;

/// <summary>
/// The named deviations of the related APIs (DAS, DBSS, DMS), each a realistic way to get one of their
/// specs wrong. <see cref="KnownDeviations.All"/> lists them after DDM's; each one is caught by cases the
/// engine derives without fixtures (unknown ids, credentials, error bodies), so the mutation test holds.
/// </summary>
internal static class SideApiDeviations
{
    public const string DasUnknownInstanceAccepted = "das-unknown-instance-accepted";
    public const string DbssAuthNotEnforced = "dbss-auth-not-enforced";
    public const string DbssErrorFormatV1 = "dbss-error-format-v1";
    public const string DbssUnknownInstance500 = "dbss-unknown-instance-500";
    public const string DmsAuthNotEnforced = "dms-auth-not-enforced";
    public const string DmsConditionsIgnored = "dms-conditions-ignored";

    public static IReadOnlyList<DeviationInfo> All { get; } =
    [
        new(DasUnknownInstanceAccepted, "DAS creates (and stores) a connection for an instance that does not exist instead of answering 404."),
        new(DbssAuthNotEnforced, "DBSS adds databases without X-Auth-Token or with a wrong one instead of answering 401."),
        new(DbssErrorFormatV1, "DBSS answers errors as {\"errCode\",\"externalMessage\"} instead of its documented {\"error_code\",\"error_msg\"}."),
        new(DbssUnknownInstance500, "DBSS answers 500 Server error for an audit instance that does not exist instead of 404."),
        new(DmsAuthNotEnforced, "DMS runs actions without the AccessKeyId query parameter (or with an unknown one) instead of answering 401."),
        new(DmsConditionsIgnored, "DMS RegisterInstance registers without the parameters its notes make conditional (EcsInstanceId for ECS_OWN, Sid for ORACLE…)."),
    ];
}
