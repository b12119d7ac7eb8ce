using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// The handlers of 4.2.1–4.2.7. Each validates its input completely before touching state, so a bad
/// request to an unknown instance is a parameter error (400), and a good one a missing instance (404).
/// </summary>
internal sealed class InstanceOperations(
    InstanceStore store,
    InstanceRepresentation representation,
    ActiveDeviations deviations,
    ReferenceTargetOptions options,
    TimeProvider clock)
{
    private static readonly string[] TrueFalse = ["true", "false"];
    private static readonly string[] RestartTypes = ["soft", "hard"];

    /// <summary>4.2.1 Buying a DDM Instance.</summary>
    public OperationResult Create(OperationRequest request)
    {
        var purchase = InstancePurchaseReader.Read(request.RequiredBody, deviations.IsOn(Deviation.ExtraRequiredField));
        RequireResourceIds(purchase);
        var delay = deviations.IsOn(Deviation.CreateNeverReady) ? (TimeSpan?)null : options.ProvisioningDelay;
        var instance = Project(request).Buy(purchase, clock.GetUtcNow(), delay);
        var jobId = ResourceIds.Job();

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
            ? Project(request).List(0, int.MaxValue, clock.GetUtcNow())
            : Project(request).List(offset, limit, clock.GetUtcNow());

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
        var id = request.Path("instance_id");
        var instance = Project(request).Find(id, clock.GetUtcNow())
                       ?? throw new ApiErrorException(ApiError.UnknownInstance(id));
        return OperationResult.Ok(representation.Details(instance));
    }

    /// <summary>4.2.4 Modifying the Name of a DDM Instance.</summary>
    public OperationResult Rename(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var name = body.RequiredString("name");
        FieldRules.InstanceName("name", name);

        var ignored = deviations.IsOn(Deviation.RenameIgnored);
        var now = clock.GetUtcNow();
        Project(request).Update(request.Path("instance_id"), now, instance =>
        {
            var renamed = instance.Renamed(name, now); // refuses unless RUNNING, also when the rename is ignored
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

        var now = clock.GetUtcNow();
        var instance = Project(request).Update(request.Path("instance_id"), now,
            current => current.WithSecurityGroup(securityGroupId, now));
        return OperationResult.Ok(new JsonObject { ["security_group_id"] = instance.SecurityGroupId });
    }

    /// <summary>4.2.6 Deleting a DDM Instance.</summary>
    public OperationResult Delete(OperationRequest request)
    {
        // delete_rds_data only concerns the RDS side, which the target does not model; it is validated.
        QueryParameters.OptionalEnum(request.Query, "delete_rds_data", TrueFalse);
        var id = request.Path("instance_id");
        var project = Project(request);
        var deleted = deviations.IsOn(Deviation.DeleteIgnored)
            ? project.Find(id, clock.GetUtcNow()) ?? throw new ApiErrorException(ApiError.UnknownInstance(id))
            : project.Delete(id, clock.GetUtcNow());

        // Table 4-41 has id; the documented example also shows job_id, which the (open) schema allows.
        return OperationResult.Ok(new JsonObject { ["id"] = deleted.Id, ["job_id"] = ResourceIds.Job() });
    }

    /// <summary>4.2.7 Restarting a DDM Instance.</summary>
    public OperationResult Restart(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        if (body.OptionalObject("restart") is { } restart && restart.OptionalString("type") is { } type)
            FieldRules.OneOf(restart.PathOf("type"), type, RestartTypes);

        var now = clock.GetUtcNow();
        var instance = Project(request).Update(request.Path("instance_id"), now,
            current => current.Restarting(now, options.RestartDelay));
        return OperationResult.Ok(new JsonObject
        {
            ["instanceId"] = instance.Id,
            ["instanceName"] = instance.Name,
            ["jobId"] = ResourceIds.Job(),
        });
    }

    private ProjectInstances Project(OperationRequest request) => store.For(request.Path("project_id"));

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

    private static void RequireSecurityGroupId(string securityGroupId)
    {
        if (string.IsNullOrWhiteSpace(securityGroupId))
            throw new ApiErrorException(ApiError.InvalidSecurityGroupId());
    }
}
