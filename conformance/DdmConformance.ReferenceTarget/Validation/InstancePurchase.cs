namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>A validated request to buy an instance (4.2.1). The admin password is checked, never kept.</summary>
internal sealed record InstancePurchase(
    string Name,
    string FlavorId,
    int NodeNum,
    string EngineId,
    string EnterpriseProjectId,
    IReadOnlyList<string> AvailableZones,
    string VpcId,
    string SecurityGroupId,
    string SubnetId,
    string? ParamGroupId,
    string TimeZone,
    string? AdminUsername,
    Subscription? Subscription);

/// <summary>The yearly/monthly terms of a prePaid purchase (Table 4-8).</summary>
internal sealed record Subscription(string PeriodType, int PeriodNum, bool AutoRenew, bool AutoPay);
