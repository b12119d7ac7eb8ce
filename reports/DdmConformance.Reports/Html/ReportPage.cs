using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports.Html;

/// <summary>What every section of the page draws from: the run's figures, anchors for cases, the rule catalogue.</summary>
internal sealed class ReportPage
{
    private readonly Dictionary<CaseResult, int> caseNumbers;

    public ReportPage(RunOverview overview, IReadOnlyList<RuleDescriptor> rules)
    {
        Overview = overview;
        Rules = rules;
        // By reference: two identical records (same case retried) still need two anchors.
        caseNumbers = new Dictionary<CaseResult, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < overview.Run.Cases.Count; i++) caseNumbers.TryAdd(overview.Run.Cases[i], i);
    }

    public RunOverview Overview { get; }

    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The element id of a case, the target of links from the deviations table.</summary>
    public string CaseAnchor(CaseResult c) => "case-" + caseNumbers[c];
}
