using DdmConformance.ReferenceTarget.Errors;
using System.Text.Json;

namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>Reads and validates the body of 4.2.1 (Tables 4-6, 4-7, 4-8).</summary>
internal static class InstancePurchaseReader
{
    /// <summary>
    /// The document sets no maximum for node_num; the target needs one because it materialises every node.
    /// 32 is the console's limit for a DDM instance.
    /// </summary>
    public const int MaxNodes = 32;

    private static readonly string[] ChargeModes = ["prePaid", "postPaid"];
    private static readonly string[] PeriodTypes = ["month", "year"];
    private static readonly string[] Booleans = ["true", "false"];

    /// <param name="body">The parsed body.</param>
    /// <param name="requireRegion">The extra-required-field deviation: demand an undocumented instance.region.</param>
    public static InstancePurchase Read(JsonElement body, bool requireRegion)
    {
        var root = JsonFields.Root(body);
        var instance = root.RequiredObject("instance");

        var name = instance.RequiredString("name");
        FieldRules.InstanceName(instance.PathOf("name"), name);

        var flavorId = instance.RequiredString("flavor_id");

        var nodeNum = instance.RequiredInt32("node_num");
        FieldRules.Range(instance.PathOf("node_num"), nodeNum, 1, MaxNodes);

        var engineId = instance.RequiredString("engine_id");
        var enterpriseProjectId = instance.OptionalString("enterprise_project_id") ?? "0";

        var zones = instance.RequiredStringArray("available_zones");
        if (zones.Count == 0)
            throw JsonFields.Invalid($"{instance.PathOf("available_zones")} must not be empty");
        for (var i = 0; i < zones.Count; i++)
            FieldRules.NotEmpty($"{instance.PathOf("available_zones")}[{i}]", zones[i]);

        var vpcId = instance.RequiredString("vpc_id");
        var securityGroupId = instance.RequiredString("security_group_id");
        var subnetId = instance.RequiredString("subnet_id");
        var paramGroupId = instance.OptionalString("param_group_id");

        var timeZone = instance.OptionalString("time_zone") ?? "UTC";
        if (!FieldRules.TimeZones.Contains(timeZone, StringComparer.Ordinal))
            throw new ApiErrorException(ApiError.InvalidTimeZone(timeZone));

        var adminUsername = instance.OptionalString("admin_username");
        if (adminUsername is not null)
            FieldRules.AdminUsername(instance.PathOf("admin_username"), adminUsername);
        var adminPassword = instance.OptionalString("admin_password");
        if (adminPassword is not null)
            FieldRules.AdminPassword(instance.PathOf("admin_password"), adminPassword);

        if (requireRegion)
            instance.RequiredString("region");

        var subscription = ReadBilling(root.OptionalObject("extend_param"));

        return new InstancePurchase(name, flavorId, nodeNum, engineId, enterpriseProjectId, zones, vpcId,
            securityGroupId, subnetId, paramGroupId, timeZone, adminUsername, subscription);
    }

    /// <summary>Null for pay-per-use (no extend_param, or charge_mode postPaid).</summary>
    private static Subscription? ReadBilling(JsonFields? extendParam)
    {
        if (extendParam is not { } billing)
            return null;

        // Every present field is checked against its table type and enum, whatever the charge mode;
        // the prePaid-only rules apply on top.
        var chargeMode = billing.OptionalString("charge_mode") ?? "postPaid";
        FieldRules.OneOf(billing.PathOf("charge_mode"), chargeMode, ChargeModes);
        var periodType = billing.OptionalString("period_type");
        if (periodType is not null)
            FieldRules.OneOf(billing.PathOf("period_type"), periodType, PeriodTypes);
        var periodNum = billing.OptionalInt32("period_num");
        if (periodNum is not null)
            FieldRules.Range(billing.PathOf("period_num"), periodNum.Value, 1, 9);
        var autoRenew = billing.OptionalString("is_auto_renew") ?? "false";
        FieldRules.OneOf(billing.PathOf("is_auto_renew"), autoRenew, Booleans);
        var autoPay = billing.OptionalString("is_auto_pay") ?? "false";
        FieldRules.OneOf(billing.PathOf("is_auto_pay"), autoPay, Booleans);

        if (chargeMode == "postPaid")
            return null;

        if (periodType is null)
            throw JsonFields.Invalid($"{billing.PathOf("period_type")} is mandatory when charge_mode is prePaid");
        if (periodNum is null)
            throw JsonFields.Invalid($"{billing.PathOf("period_num")} is mandatory when charge_mode is prePaid");
        if (periodType == "year" && periodNum != 1)
            throw JsonFields.Invalid($"{billing.PathOf("period_num")} must be 1 when period_type is year");

        return new Subscription(periodType, periodNum.Value, autoRenew == "true", autoPay == "true");
    }
}
