using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Jobs;

/// <summary>
/// 4.5 Task management over the <see cref="JobStore"/>, the target's single record of asynchronous work: every
/// job id an operation hands out can be looked up (4.5.1) and is listed (4.5.2), with its status as the
/// target's clock says (Running until the work is done, then Completed).
/// </summary>
internal sealed class TaskOperations(JobStore jobs, ActiveDeviations deviations, TimeProvider clock)
{
    /// <summary>4.5.1: the job of the project; an id it never handed out is 404, like every unknown id in a path.</summary>
    public OperationResult Show(OperationRequest request)
    {
        var id = request.Path("job_id");
        var job = jobs.Find(request.Path("project_id"), id) ?? throw new ApiErrorException(Unknown(id));
        return OperationResult.Ok(new JsonObject { ["job"] = JobRepresentation.Info(job, clock.GetUtcNow()) });
    }

    /// <summary>4.5.2: the project's jobs created in the time range, newest first, paged by offset and limit.</summary>
    public OperationResult List(OperationRequest request)
    {
        var now = clock.GetUtcNow();
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        var window = JobWindow.Read(request.Query, now);
        var matching = jobs.ForProject(request.Path("project_id")).Where(window.Contains).ToList();
        var items = new JsonArray();
        foreach (var job in paging.Page(matching))
            items.Add(JobRepresentation.Item(job, now));
        return OperationResult.Ok(new JsonObject
        {
            ["jobs"] = items,
            ["offset"] = paging.Offset,
            ["limit"] = paging.Limit,
            ["total"] = matching.Count,
        });
    }

    // The deviation answers with A.3's "The task is not found." (400), which reads like the right code but
    // breaks the rule every other unknown id in a path follows.
    private ApiError Unknown(string id)
        => deviations.IsOn(Deviation.UnknownJob400)
            ? new ApiError(ErrorKind.InvalidParameter, 400, "DBS.300400", "The task is not found.", $"no job '{id}' here")
            : ApiError.UnknownResource("job", id);
}
