namespace DdmConformance.ReferenceTarget.Deviations;

/// <summary>The deviation names, as constants, so the code that honours one cannot misspell it.</summary>
internal static class Deviation
{
    public const string AuthNotEnforced = "auth-not-enforced";
    public const string ListDropsInstanceNum = "list-drops-instance-num";
    public const string StatusLowercase = "status-lowercase";
    public const string NodeCountAsString = "node-count-as-string";
    public const string ErrorFormatV3 = "error-format-v3";
    public const string WrongErrorCode = "wrong-error-code";
    public const string Validation500 = "validation-500";
    public const string UnknownId400 = "unknown-id-400";
    public const string CreateNeverReady = "create-never-ready";
    public const string RenameIgnored = "rename-ignored";
    public const string ExtraRequiredField = "extra-required-field";
    public const string VersionsWrongStatus = "versions-wrong-status";
    public const string CreateReturnsNulls = "create-returns-nulls";
    public const string DeleteIgnored = "delete-ignored";
    public const string ListIgnoresLimit = "list-ignores-limit";
    public const string ContentTypeIgnored = "content-type-ignored";
    public const string TimestampsWithoutZone = "timestamps-without-zone";

    // 4.2.8–4.2.41
    public const string V3ErrorsInV1Format = "v3-errors-in-v1-format";
    public const string V3AsyncAnswers200 = "v3-async-answers-200";
    public const string V2JobIdSnakeCase = "v2-job-id-snake-case";
    public const string ReadonlyIgnored = "readonly-ignored";
    public const string RenameV3Ignored = "rename-v3-ignored";
    public const string NodeStatusUppercase = "node-status-uppercase";
    public const string GroupNameUnchecked = "group-name-unchecked";
    public const string ReadWeightUnchecked = "read-weight-unchecked";
    public const string GroupDeleteIgnored = "group-delete-ignored";
    public const string PortChangeIgnored = "port-change-ignored";
    public const string ParametersIgnoreLimit = "parameters-ignore-limit";
    public const string TmlogSizeAsString = "tmlog-size-as-string";

    // 4.5–4.7
    public const string UnknownJob400 = "unknown-job-400";
    public const string SlowLogErrorsV3 = "slowlog-errors-v3";
    public const string LogicalSessionIdAsNumber = "logical-session-id-as-number";
    public const string PhysicalSessionInfoNull = "physical-session-info-null";
    public const string SessionsIgnoreLimit = "sessions-ignore-limit";
    public const string KillAnswersEmpty = "kill-answers-empty";
    // 4.8 and 4.9
    public const string KernelVersionsAsString = "kernel-versions-as-string";
    public const string RiskLevelAsString = "risk-level-as-string";
    public const string BackupListIgnoresLimit = "backup-list-ignores-limit";
    public const string BackupTimesWithoutZone = "backup-times-without-zone";
    public const string UnknownBackup400 = "unknown-backup-400";
    public const string RestoreAnswers200 = "restore-answers-200";
    // 4.10
    public const string TemplatesIgnoreLimit = "templates-ignore-limit";
    public const string TemplateDeleteIgnored = "template-delete-ignored";
    public const string TemplateTimestampsWithoutZone = "template-timestamps-without-zone";
    public const string TemplateFlagsAsStrings = "template-flags-as-strings";
    public const string NeedRestartAsString = "need-restart-as-string";
    // 4.3
    public const string SchemaCreatedAsString = "schema-created-as-string";
    public const string SchemaStatusLowercase = "schema-status-lowercase";
    public const string SchemaNameUnchecked = "schema-name-unchecked";
    public const string AvailableRdsSnakeCase = "available-rds-snake-case";
    public const string SchemaExportDropsDataNodes = "schema-export-drops-data-nodes";
    public const string ShardPrecheckAnswers200 = "shard-precheck-answers-200";

    // 4.4
    public const string AccountNameUnchecked = "account-name-unchecked";
    public const string AccountDescriptionUnchecked = "account-description-unchecked";
    public const string UserListDropsTotalPage = "user-list-drops-total-page";
    public const string UserV3TotalAsString = "user-v3-total-as-string";
    public const string WeakPasswordFlagAsString = "weak-password-flag-as-string";
}
