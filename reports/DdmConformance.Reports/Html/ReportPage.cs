using DdmConformance.Engine.Results;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports.Html;

/// <summary>What every section of the page draws from: the run's figures, anchors for cases and chapters.</summary>
internal sealed class ReportPage
{
    private readonly Dictionary<CaseResult, int> caseNumbers;
    private readonly Dictionary<string, Chapter> chapterOfOperation;

    public ReportPage(RunOverview overview)
    {
        Overview = overview;
        // By reference: two identical records (same case retried) still need two anchors.
        caseNumbers = new Dictionary<CaseResult, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < overview.Run.Cases.Count; i++) caseNumbers.TryAdd(overview.Run.Cases[i], i);
        chapterOfOperation = new Dictionary<string, Chapter>(StringComparer.Ordinal);
        foreach (var chapter in overview.Chapters)
            foreach (var op in chapter.Operations) chapterOfOperation[op.Api + "|" + op.OperationId] = chapter;
        FailedCheckNames = overview.Run.Cases.SelectMany(c => c.Checks).Where(k => !k.Passed).Select(k => k.Check)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public RunOverview Overview { get; }

    /// <summary>Names of the checks that failed somewhere in the run: the choices of the check filter.</summary>
    public IReadOnlyList<string> FailedCheckNames { get; }

    /// <summary>The element id of a case, the target of links from the deviations table.</summary>
    public string CaseAnchor(CaseResult c) => "case-" + caseNumbers[c];

    /// <summary>The chapter key (<c>ch-1</c>) of a case's operation, the value the chapter filter compares.</summary>
    public string ChapterKey(CaseResult c) => chapterOfOperation.GetValueOrDefault(c.Api + "|" + c.OperationId)?.Key ?? "";

    public static string OperationAnchor(OperationTally op) => "op-" + op.Key;
}
