using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>
/// 4.3.1–4.3.4 (v1) and 4.3.6–4.3.8 (v3): creating, listing, reading and deleting schemas. v1 creation
/// answers at once and v1 deletion removes the schema at once; v3 creation and deletion are jobs (the
/// schema is CREATING, or DELETING, until the job completes). A schema that is not RUNNING cannot be
/// deleted: DBS.300101 while it is already being deleted, DBS.300130 otherwise.
/// </summary>
internal sealed class SchemaOperations(SchemaAccess access, SchemaRepresentation representation, JobAnswers answers, ActiveDeviations deviations)
{
    private bool NamesChecked => !deviations.IsOn(Deviation.SchemaNameUnchecked);

    /// <summary>4.3.1 (Table 4-206): the documented body creates one or more schemas.</summary>
    public OperationResult CreateV1(OperationRequest request)
    {
        var orders = JsonFields.Root(request.RequiredBody).RequiredObjectArray("databases", 1, 32)
            .Select(d => SchemaOrder.ReadV1(d, NamesChecked)).ToList();
        var scope = access.Change(request);
        var readyAt = scope.Now + access.Delay;
        var created = SchemaCreation.Create(scope, access.Store, orders, readyAt);
        access.Record(request, "CreateLogicDB", scope.Instance, readyAt);
        return OperationResult.Ok(new JsonObject
        {
            ["databases"] = new JsonArray(created.Select(s => (JsonNode)new JsonObject { ["name"] = s.Name }).ToArray()),
        });
    }

    /// <summary>4.3.6: one schema, as a job.</summary>
    public OperationResult CreateV3(OperationRequest request)
    {
        var order = SchemaOrder.ReadV3(JsonFields.Root(request.RequiredBody), NamesChecked);
        var scope = access.Change(request);
        var readyAt = scope.Now + access.Delay;
        var schema = SchemaCreation.Create(scope, access.Store, [order], readyAt)[0];
        var job = access.Record(request, "CreateLogicDB", scope.Instance, readyAt);
        return answers.Accepted(new JsonObject { ["name"] = schema.Name, ["job_id"] = job.Id });
    }

    /// <summary>4.3.2: oldest first; <c>total</c> counts every schema.</summary>
    public OperationResult List(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, Paging.MaxLimit);
        var scope = access.Read(request);
        var (page, total) = scope.Schemas.Change(scope.Now, e =>
            (paging.Page(e.Schemas).Select(s => representation.Summary(s, e.StatusOf(s))).ToList(), e.Schemas.Count));
        return OperationResult.Ok(new JsonObject
        {
            ["databases"] = new JsonArray(page.Select(s => (JsonNode)s).ToArray()),
            ["total"] = total,
        });
    }

    /// <summary>4.3.3.</summary>
    public OperationResult Show(OperationRequest request)
    {
        var scope = access.Read(request);
        var name = request.Path("ddm_dbname");
        var details = scope.Schemas.Change(scope.Now, e => e.Find(name) is { } s ? representation.Details(s, e.StatusOf(s), scope.Instance) : null);
        return OperationResult.Ok(new JsonObject { ["database"] = details ?? throw new ApiErrorException(SchemaErrors.UnknownSchema(name)) });
    }

    /// <summary>4.3.8.</summary>
    public OperationResult ShowV3(OperationRequest request)
    {
        var scope = access.Read(request);
        var name = request.Path("database_name");
        var details = scope.Schemas.Change(scope.Now, e => e.Find(name) is { } s ? representation.DetailsV3(s, e.StatusOf(s)) : null);
        return OperationResult.Ok(details ?? throw new ApiErrorException(SchemaErrors.UnknownSchema(name)));
    }

    /// <summary>4.3.4: at once; <c>delete_rds_data</c> absent ("left blank") keeps the data, as false does.</summary>
    public OperationResult DeleteV1(OperationRequest request)
    {
        var deleteData = QueryParameters.OptionalEnum(request.Query, "delete_rds_data", ["true", "false"]) == "true";
        var scope = access.Change(request);
        var name = request.Path("ddm_dbname");
        var removed = scope.Schemas.Change(scope.Now, e =>
        {
            var schema = Deletable(e, name);
            e.Remove(schema);
            return schema;
        });
        if (!deleteData)
            access.Store.Leftovers(scope.Instance.ProjectId).Keep(removed.Shards);
        return OperationResult.Ok(new JsonObject());
    }

    /// <summary>4.3.7: a job; the schema is DELETING until it completes.</summary>
    public OperationResult DeleteV3(OperationRequest request)
    {
        var deleteData = QueryParameters.RequiredString(request.Query, "delete_dn_data") switch
        {
            "true" => true,
            "false" => false,
            var other => throw new ApiErrorException(ApiError.InvalidParameter($"query parameter delete_dn_data must be true or false, not '{other}'")),
        };
        var scope = access.Change(request);
        var name = request.Path("database_name");
        var dueAt = scope.Now + access.Delay;
        var schema = scope.Schemas.Change(scope.Now, e =>
        {
            var deleting = Deletable(e, name) with { DeletedAt = dueAt, Updated = scope.Now };
            e.Replace(deleting);
            return deleting;
        });
        if (!deleteData)
            access.Store.Leftovers(scope.Instance.ProjectId).Keep(schema.Shards);
        var job = access.Record(request, "DeleteLogicDB", scope.Instance, dueAt);
        return answers.Accepted(new JsonObject { ["job_id"] = job.Id, ["database_name"] = schema.Name });
    }

    private static Schema Deletable(InstanceSchemas.Editor editor, string name)
    {
        var schema = editor.Find(name) ?? throw new ApiErrorException(SchemaErrors.UnknownSchema(name));
        var status = editor.StatusOf(schema);
        if (status == Schema.Deleting)
            throw new ApiErrorException(SchemaErrors.DeleteFailed($"schema {schema.Name} is already being deleted"));
        if (status != Schema.Running)
            throw new ApiErrorException(SchemaErrors.SchemaNotRunning($"schema {schema.Name} is {status}; it can be deleted when RUNNING"));
        return schema;
    }
}
