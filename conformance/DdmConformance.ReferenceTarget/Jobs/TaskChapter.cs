using DdmConformance.ReferenceTarget.Hosting;

namespace DdmConformance.ReferenceTarget.Jobs;

/// <summary>4.5 Task management: the operations over the jobs every other chapter records.</summary>
internal static class TaskChapter
{
    private const string JobsPath = "/v3/{project_id}/jobs";

    internal static IEnumerable<Operation> Operations(ChapterContext context)
    {
        var tasks = new TaskOperations(context.Jobs, context.Deviations, context.Clock);
        return
        [
            OperationTable.V3("showJob", "GET", JobsPath + "/{job_id}", body: false, tasks.Show),
            OperationTable.V3("listJobs", "GET", JobsPath, body: false, tasks.List),
        ];
    }
}
