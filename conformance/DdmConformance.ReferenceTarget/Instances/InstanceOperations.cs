using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// The handlers of 4.2.1–4.2.7. Each validates its input completely before touching state, so a bad
/// request to an unknown instance is a parameter error (400), and a good one a missing instance (404).
/// </summary>
internal sealed class InstanceOperations(
    InstanceAccess access,
    InstanceRepresentation representation,
    ActiveDeviations deviations,
    ReferenceTargetOptions options,
    Parameters.Templates.ParameterTemplateStore templates)
{
    private static readonly string[] TrueFalse = ["true", "false"];
    private static readonly string[] RestartTypes = ["soft", "hard"];

    /// <summary>4.2.1 Buying a DDM Instance.</summary>
    public OperationResult Create(OperationRequest request)
    {
        var purchase = InstancePurchaseReader.Read(request.RequiredBody, deviations.IsOn(Deviation.ExtraRequiredField));
        RequireResourceIds(purchase);
        var flavor = FlavorCatalogue.ById(purchase.FlavorId)
                     ?? throw JsonFields.Invalid($"instance.flavor_id '{purchase.FlavorId}' names no node class (see 4.2.16)");
        var engine = EngineCatalogue.ById(purchase.EngineId)
                     ?? throw JsonFields.Invalid($"instance.engine_id '{purchase.EngineId}' names no engine (see 4.2.15)");

        var now = access.Now;
        var dueAt = deviations.IsOn(Deviation.CreateNeverReady) ? DateTimeOffset.MaxValue : now + options.ProvisioningDelay;
        var instance = access.Project(request).Buy(purchase, flavor, engine, now, dueAt);
        Parameters.Templates.TemplateApplication.OnPurchase(templates, access.Project(request), instance, purchase.ParamGroupId, now, dueAt);
        var jobId = access.Record(request, "CreateInstance", instance, dueAt).Id;

        if (deviations.IsOn(Deviation.CreateReturnsNulls))
        {
            var subscription = instance.IsSubscription;
            return OperationResult.Ok(new JsonObject
            {
                ["id"] = subscription ? null : instance.Id,
                ["job_id"] = subscription ? null : jobId,
                ["order_id"] = instance.OrderId,
            });
        }

        // Table 4-9: id and job_id only for pay-per-use, order_id only for yearly/monthly.
        return OperationResult.Ok(instance.IsSubscription
            ? new JsonObject { ["order_id"] = instance.OrderId }
            : new JsonObject { ["id"] = instance.Id, ["job_id"] = jobId });
    }

    /// <summary>4.2.2 Querying DDM Instances.</summary>
    public OperationResult List(OperationRequest request)
    {
        var offset = QueryParameters.OptionalInt32(request.Query, "offset", 0, 0, int.MaxValue);
        var limit = QueryParameters.OptionalInt32(request.Query, "limit", 10, 1, 128);
        var (page, total) = deviations.IsOn(Deviation.ListIgnoresLimit)
            ? access.Project(request).List(0, int.MaxValue, access.Now)
            : access.Project(request).List(offset, limit, access.Now);

        var instances = new JsonArray();
        foreach (var instance in page)
            instances.Add(representation.ListItem(instance));

        var json = new JsonObject { ["instances"] = instances };
        if (!deviations.IsOn(Deviation.ListDropsInstanceNum))
            json["instance_num"] = total;
        // offset counts records; the page is the one that holds record number offset.
        json["page_no"] = offset / limit + 1;
        json["page_size"] = page.Count;
        json["total_record"] = total;
        json["total_page"] = (total + limit - 1) / limit;
        return OperationResult.Ok(json);
    }

    /// <summary>4.2.3 Querying Details of a DDM Instance.</summary>
    public OperationResult Show(OperationRequest request)
    {
        return OperationResult.Ok(representation.Details(access.Find(request)));
    }

    /// <summary>4.2.4 Modifying the Name of a DDM Instance.</summary>
    public OperationResult Rename(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var name = body.RequiredString("name");
        FieldRules.InstanceName("name", name);

        var ignored = deviations.IsOn(Deviation.RenameIgnored);
        access.Update(request, (instance, at) =>
        {
            var renamed = instance.Renamed(name, at.Now); // refuses unless RUNNING, also when the rename is ignored
            return ignored ? instance : renamed;
        });
        return OperationResult.Ok(new JsonObject { ["name"] = name });
    }

    /// <summary>4.2.5 Changing the Security Group of a DDM Instance.</summary>
    public OperationResult ChangeSecurityGroup(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var securityGroupId = body.RequiredString("security_group_id");
        RequireSecurityGroupId(securityGroupId);

        var instance = access.Update(request, (current, at) => current.WithSecurityGroup(securityGroupId, at.Now));
        return OperationResult.Ok(new JsonObject { ["security_group_id"] = instance.SecurityGroupId });
    }

    /// <summary>4.2.6 Deleting a DDM Instance.</summary>
    public OperationResult Delete(OperationRequest request)
    {
        // delete_rds_data only concerns the RDS side, which the target does not model; it is validated.
        QueryParameters.OptionalEnum(request.Query, "delete_rds_data", TrueFalse);
        var deleted = deviations.IsOn(Deviation.DeleteIgnored)
            ? access.Find(request)
            : access.Project(request).Delete(request.Path("instance_id"), access.Now);
        var job = access.Record(request, "DeleteInstance", deleted, access.Now + access.ChangeDelay);

        // Table 4-41 has id; the documented example also shows job_id, which the (open) schema allows.
        return OperationResult.Ok(new JsonObject { ["id"] = deleted.Id, ["job_id"] = job.Id });
    }

    /// <summary>4.2.7 Restarting a DDM Instance.</summary>
    public OperationResult Restart(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        if (body.OptionalObject("restart") is { } restart && restart.OptionalString("type") is { } type)
            FieldRules.OneOf(restart.PathOf("type"), type, RestartTypes);

        var (instance, job) = access.Begin(request, "RestartInstance",
            (current, at) => current.Restarting(at.Now, at.DueAt), options.RestartDelay);
        return OperationResult.Ok(new JsonObject
        {
            ["instanceId"] = instance.Id,
            ["instanceName"] = instance.Name,
            ["jobId"] = job.Id,
        });
    }

    /// <summary>
    /// An empty id names no resource. The catalogue has specific codes for two of them (DBS.280305,
    /// DBS.200057); the others are plain parameter errors.
    /// </summary>
    private static void RequireResourceIds(InstancePurchase purchase)
    {
        FieldRules.NotEmpty("instance.flavor_id", purchase.FlavorId);
        FieldRules.NotEmpty("instance.engine_id", purchase.EngineId);
        FieldRules.NotEmpty("instance.enterprise_project_id", purchase.EnterpriseProjectId);
        FieldRules.NotEmpty("instance.vpc_id", purchase.VpcId);
        FieldRules.NotEmpty("instance.subnet_id", purchase.SubnetId);
        RequireSecurityGroupId(purchase.SecurityGroupId);
        if (purchase.ParamGroupId is { } paramGroupId && string.IsNullOrWhiteSpace(paramGroupId))
            throw new ApiErrorException(ApiError.InvalidParameterTemplateId());
    }

    /// <summary>An empty id names no security group: the catalogue's specific code DBS.280305 (also for 4.2.36).</summary>
    public static void RequireSecurityGroupId(string securityGroupId)
    {
        if (string.IsNullOrWhiteSpace(securityGroupId))
            throw new ApiErrorException(ApiError.InvalidSecurityGroupId());
    }
}
