using DdmConformance.ReferenceTarget.Deviations;

namespace DdmConformance.ReferenceTarget;

/// <summary>
/// Every deviation the reference target can inject. Each one is a single, realistic way an implementation
/// gets the spec wrong; switching it on must make the conformance suite report at least one deviation
/// (that is how the suite itself is mutation-tested).
/// </summary>
public static class KnownDeviations
{
    /// <summary>All deviations, in a stable order (the order of <c>serve --list-deviations</c>).</summary>
    public static IReadOnlyList<DeviationInfo> All { get; } =
    [
        new(Deviation.AuthNotEnforced, "Operations that need a token succeed without X-Auth-Token or with a wrong one."),
        new(Deviation.ListDropsInstanceNum, "listInstances omits instance_num from its response."),
        new(Deviation.StatusLowercase, "Instance status is reported in lowercase (\"running\" instead of \"RUNNING\")."),
        new(Deviation.NodeCountAsString, "node_count is sent as a JSON string (\"2\") instead of an integer."),
        new(Deviation.ErrorFormatV3, "v1 operations answer errors as {\"error_code\",\"error_msg\"} instead of {\"errCode\",\"externalMessage\"}."),
        new(Deviation.WrongErrorCode, "Validation errors carry DBS.300005 instead of DBS.280001."),
        new(Deviation.Validation500, "Bad input (validation errors, malformed JSON) answers 500 Server failure instead of 400."),
        new(Deviation.UnknownId400, "An unknown instance id answers 400 instead of 404."),
        new(Deviation.CreateNeverReady, "Bought instances stay CREATING forever."),
        new(Deviation.RenameIgnored, "Renaming answers success with the new name, but the instance keeps its old name."),
        new(Deviation.ExtraRequiredField, "Buying requires an undocumented field instance.region and answers 400 without it."),
        new(Deviation.VersionsWrongStatus, "GET / answers 201 instead of 200."),
        new(Deviation.CreateReturnsNulls, "Buying answers the documented example's shape: id, job_id and order_id always present, null where they do not apply."),
        new(Deviation.DeleteIgnored, "Deleting answers success, but the instance stays (still shown and listed)."),
        new(Deviation.ListIgnoresLimit, "listInstances ignores limit and offset and always returns every instance."),
        new(Deviation.ContentTypeIgnored, "A body with a Content-Type other than application/json is accepted instead of answering 415."),
        new(Deviation.TimestampsWithoutZone, "created/updated are sent without T and zone (\"2021-12-14 07:46:22\"), breaking the documented pattern."),
        new(Deviation.V3ErrorsInV1Format, "v3 operations answer errors as {\"errCode\",\"externalMessage\"} instead of {\"error_code\",\"error_msg\"}."),
        new(Deviation.V3AsyncAnswers200, "v3 operations that start a job answer 200 instead of the documented 202."),
        new(Deviation.V2JobIdSnakeCase, "v2 scaling and data node sync answer job_id/instance_id instead of jobId/instanceId."),
        new(Deviation.ReadonlyIgnored, "Setting an instance to read-only answers 202, but the instance never becomes read-only."),
        new(Deviation.RenameV3Ignored, "Renaming through the v3 API answers 202, but the instance keeps its old name."),
        new(Deviation.NodeStatusUppercase, "Node statuses are sent in uppercase (\"NORMAL\") instead of A.8's lowercase values."),
        new(Deviation.GroupNameUnchecked, "Creating a group accepts any name (no length or character rules)."),
        new(Deviation.ReadWeightUnchecked, "A read weight outside 0 to 99 is accepted instead of answering DBS.300315."),
        new(Deviation.GroupDeleteIgnored, "Deleting an instance group answers 202 with a job, but the group stays listed."),
        new(Deviation.PortChangeIgnored, "Changing the port answers 202 and restarts the nodes, but access_port keeps the old port."),
        new(Deviation.ParametersIgnoreLimit, "Querying instance parameters ignores limit and offset and returns every parameter."),
        new(Deviation.TmlogSizeAsString, "tmlog_size is sent as a JSON string (\"0\") instead of a number."),
        new(Deviation.UnknownJob400, "An unknown job id answers 400 DBS.300400 (\"The task is not found.\") instead of 404."),
        new(Deviation.SlowLogErrorsV3, "The v2 slow query log answers errors as {\"error_code\",\"error_msg\"} instead of {\"errCode\",\"externalMessage\"}."),
        new(Deviation.LogicalSessionIdAsNumber, "Logical session ids are sent as JSON numbers (like physical ones) instead of strings."),
        new(Deviation.PhysicalSessionInfoNull, "Idle physical sessions show info as null (as the 4.7.3 example does) instead of a string."),
        new(Deviation.SessionsIgnoreLimit, "The session lists ignore limit and offset and always return every session."),
        new(Deviation.KillAnswersEmpty, "Killing sessions answers 200 with an empty object instead of {\"resp\":\"successful\"}."),
        new(Deviation.KernelVersionsAsString, "The changeable kernel versions are sent as one comma-separated string instead of an array."),
        new(Deviation.RiskLevelAsString, "A kernel version risk's level is sent as a JSON string (\"1\") instead of an integer."),
        new(Deviation.BackupListIgnoresLimit, "Querying backups ignores limit and offset and returns every backup."),
        new(Deviation.BackupTimesWithoutZone, "Backup created/updated are sent without T and zone (\"2025-02-19 02:50:20\")."),
        new(Deviation.UnknownBackup400, "An unknown backup id answers 400 DBS.280001 instead of 404."),
        new(Deviation.RestoreAnswers200, "Restoring metadata or data to a new instance answers 200 instead of the documented 202."),
        new(Deviation.TemplatesIgnoreLimit, "Listing parameter templates ignores limit and offset and returns every template."),
        new(Deviation.TemplateDeleteIgnored, "Deleting a parameter template answers {}, but the template stays."),
        new(Deviation.TemplateTimestampsWithoutZone, "Parameter template created/updated (and applied_at) are sent without T and zone (\"2021-12-14 07:46:22\")."),
        new(Deviation.TemplateFlagsAsStrings, "Template parameters carry restart_required/readonly as \"0\"/\"1\" strings (as 4.2.23 does) instead of booleans."),
        new(Deviation.NeedRestartAsString, "Modifying instance parameters (v3) answers needRestart as the string \"false\", as the example prints it, instead of a boolean."),
        new(Deviation.AccountNameUnchecked, "Creating an account or administrator accepts any name (no length or character rules, no DBS.300305)."),
        new(Deviation.AccountDescriptionUnchecked, "Account descriptions longer than 256 characters are accepted (no DBS.300307)."),
        new(Deviation.UserListDropsTotalPage, "The v1 account list (4.4.2) omits total_page."),
        new(Deviation.UserV3TotalAsString, "The v3 account list (4.4.9) sends total as a JSON string (\"3\") instead of an integer."),
        new(Deviation.WeakPasswordFlagAsString, "The weak-password check (4.4.7) sends is_weak_password as a string (\"true\") instead of a boolean."),
        new(Deviation.SchemaCreatedAsString, "v1 schema times (created, updated) are sent as strings (\"1604631243234\"), as the 4.3.3 example shows, instead of int64."),
        new(Deviation.SchemaStatusLowercase, "The v3 schema details report the status in lowercase (\"running\") instead of CREATING/RUNNING/UNKNOWN."),
        new(Deviation.SchemaNameUnchecked, "Creating a schema accepts any name (no length, case, keyword or character rules)."),
        new(Deviation.AvailableRdsSnakeCase, "Querying RDS instances available for a schema (v1) answers snake_case fields (private_ip) instead of camelCase (privateIp)."),
        new(Deviation.SchemaExportDropsDataNodes, "Exporting schema metadata omits data_nodes."),
        new(Deviation.ShardPrecheckAnswers200, "Pre-checking shard configuration answers 200 instead of the documented 202."),
        .. SideApis.SideApiDeviations.All, // the related APIs' (das-, dbss-, dms-)
    ];
}
