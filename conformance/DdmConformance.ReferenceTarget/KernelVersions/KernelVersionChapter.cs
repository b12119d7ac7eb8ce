using DdmConformance.ReferenceTarget.Hosting;

namespace DdmConformance.ReferenceTarget.KernelVersions;

/// <summary>4.8 Kernel Version Management: the chapter's operations, over one version history per target.</summary>
internal static class KernelVersionChapter
{
    private const string Instance = "/v3/{project_id}/instances/{instance_id}";

    internal static IEnumerable<Operation> Operations(ChapterContext context)
    {
        var h = new KernelVersionOperations(context.Access, new KernelVersionHistory(), context.Answers, context.Deviations);
        return
        [
            OperationTable.V3("listAvailableKernelVersions", "GET", Instance + "/database-version/available-versions", body: false, h.ListAvailable),
            OperationTable.V3("changeKernelVersion", "POST", Instance + "/database-version/change-version", body: true, h.Change),
            OperationTable.V3("rollbackKernelVersion", "POST", Instance + "/database-version/rollback-version", body: false, h.Rollback),
            OperationTable.V3("showKernelVersionRisks", "GET", Instance + "/show-risk-info", body: false, h.ShowRisks),
        ];
    }
}
