namespace DdmConformance.ReferenceTarget.Jobs;

/// <summary>
/// One asynchronous task, shaped for 4.5.1 (Table 4-411, JobInfo): a name, the instance it works on, when it
/// started and when it ends. Its status is a function of the clock, like everything asynchronous in the
/// target: <c>Running</c> until <see cref="DueAt"/>, then <c>Completed</c> (the target's work never fails).
/// </summary>
/// <param name="Id">A UUID, as the documented job ids are.</param>
/// <param name="Name">The task name, e.g. <c>CreateInstance</c>, <c>EnlargeNode</c>.</param>
/// <param name="InstanceId">The instance the job works on.</param>
/// <param name="InstanceName">Its name when the job started.</param>
/// <param name="Created">When the job started.</param>
/// <param name="DueAt">When the work is done; <see cref="DateTimeOffset.MaxValue"/> for work that never ends.</param>
internal sealed record Job(string Id, string Name, string InstanceId, string InstanceName, DateTimeOffset Created, DateTimeOffset DueAt)
{
    public string StatusAt(DateTimeOffset now) => now >= DueAt ? "Completed" : "Running";

    /// <summary>
    /// Progress as 4.5.1 shows it (<c>"60%"</c>), linear in time; <c>""</c> once the job has ended, as Tables
    /// 4-412 and 4-418 say ("displayed only when the task is being executed. Otherwise, "" is returned").
    /// </summary>
    public string ProcessAt(DateTimeOffset now)
    {
        if (now >= DueAt) return "";
        if (DueAt == DateTimeOffset.MaxValue) return "0%";
        var share = (now - Created) / (DueAt - Created);
        return $"{Math.Clamp((int)(share * 100), 0, 99)}%";
    }
}
