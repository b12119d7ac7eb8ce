using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Schemas.ShardConfiguration;

/// <summary>
/// 4.3.17–4.3.22: what a client does with a shard configuration task. Each action is allowed in some
/// phases only (see <see cref="TaskPhase"/>) and answers the task's id as its <c>job_id</c>, as the
/// examples show; the job store then reports the action's progress under that id.
/// <list type="bullet">
/// <item>cancel: before the switch (migrating, awaiting it) → cancelled; while the route moves DBS.300134, else DBS.300121;</item>
/// <item>roll back: after the switch → rolling back → rolled back; before it, or while the route moves, DBS.300134, else DBS.300122;</item>
/// <item>clear: switched, cancelled or rolled back → cleaning → cleaned (the schema may be configured again); else DBS.300130;</item>
/// <item>retry: a cancelled task migrates again; else DBS.300123;</item>
/// <item>route switching policy: before the switch; else DBS.300130; switch the route: once the data is copied; else DBS.300130.</item>
/// </list>
/// </summary>
internal sealed class ShardTaskActions(SchemaAccess access, JobAnswers answers)
{
    public OperationResult Cancel(OperationRequest request) => Act(request, "CancelShardConfiguration", (e, task, dueAt) => task.Phase switch
    {
        TaskPhase.Migrating or TaskPhase.AwaitingSwitch => task with { Phase = TaskPhase.Cancelled },
        TaskPhase.Switching or TaskPhase.RollingBack => throw Refused(SchemaErrors.RollbackOrCancelNotAllowed, task),
        _ => throw Refused(SchemaErrors.CancelRefused, task),
    });

    public OperationResult Rollback(OperationRequest request) => Act(request, "RollbackShardConfiguration", (e, task, dueAt) => task.Phase switch
    {
        TaskPhase.Switched => e.RollBack(task, dueAt),
        TaskPhase.Migrating or TaskPhase.AwaitingSwitch or TaskPhase.Switching => throw Refused(SchemaErrors.RollbackOrCancelNotAllowed, task),
        _ => throw Refused(SchemaErrors.RollbackRefused, task),
    });

    public OperationResult Clean(OperationRequest request) => Act(request, "CleanShardConfiguration", (e, task, dueAt) => task.LeavesDataBehind
        ? task with { Phase = TaskPhase.Cleaning, PhaseUntil = dueAt }
        : throw Refused(SchemaErrors.SchemaNotRunning, task));

    public OperationResult Retry(OperationRequest request) => Act(request, "RetryShardConfiguration", (e, task, dueAt) => task.Phase == TaskPhase.Cancelled
        ? task with { Phase = TaskPhase.Migrating, PhaseUntil = dueAt }
        : throw Refused(SchemaErrors.RetryRefused, task));

    /// <summary>4.3.21: both times (automatic, at most an hour apart) or none (manual). Answers 200 <c>{}</c>.</summary>
    public OperationResult UpdatePolicy(OperationRequest request)
    {
        var body = request.Body is { } json ? JsonFields.Root(json) : (JsonFields?)null;
        var window = SwitchWindow.Read(body?.OptionalString("switch_route_begin_time"), body?.OptionalString("switch_route_end_time"), atMostAnHour: true);
        Change(access.Change(request), request, (e, task) => task.Phase is TaskPhase.Migrating or TaskPhase.AwaitingSwitch
            ? task with { Window = window }
            : throw Refused(SchemaErrors.SchemaNotRunning, task));
        return OperationResult.Ok(new JsonObject());
    }

    /// <summary>4.3.22: the schema runs on the new layout at once; the task is switching for a while. No body is documented: <c>{}</c>.</summary>
    public OperationResult SwitchRoute(OperationRequest request)
    {
        var scope = access.Change(request);
        var dueAt = scope.Now + access.Delay;
        var task = Change(scope, request, (e, current) => current.Phase == TaskPhase.AwaitingSwitch
            ? e.Switch(current, dueAt)
            : throw Refused(SchemaErrors.SchemaNotRunning, current));
        // The switch is work like the other actions: the task's job (4.5.1) runs until the route has moved.
        access.Record(request, "SwitchShardRoute", scope.Instance, dueAt, task.Id);
        return OperationResult.Ok(new JsonObject());
    }

    private OperationResult Act(OperationRequest request, string jobName, Func<InstanceSchemas.Editor, ShardTask, DateTimeOffset, ShardTask> action)
    {
        var scope = access.Change(request);
        var dueAt = scope.Now + access.Delay;
        var task = Change(scope, request, (e, current) => action(e, current, dueAt));
        access.Record(request, jobName, scope.Instance, dueAt, task.Id);
        return answers.Accepted(new JsonObject { ["job_id"] = task.Id });
    }

    private static ShardTask Change(SchemaScope scope, OperationRequest request, Func<InstanceSchemas.Editor, ShardTask, ShardTask> change)
        => scope.Schemas.Change(scope.Now, e =>
        {
            var changed = change(e, ShardTaskLookup.Find(e, request));
            e.Put(changed);
            return changed;
        });

    private static ApiErrorException Refused(Func<string, ApiError> error, ShardTask task)
        => new(error($"shard configuration task {task.Id} is {task.Phase}"));
}
