using DdmConformance.Api;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;
using DdmConformance.Reports.SelfCheck;

namespace DdmConformance.Reports.Overview;

/// <summary>
/// The figures every report shows, computed once from a <see cref="RunResult"/> (and the gate, when the
/// run was judged against a baseline or compared, and the self-check, when the suite was mutation-tested)
/// so that summary.json, junit.xml, Allure and report.html can never disagree.
/// </summary>
internal sealed class RunOverview
{
    private RunOverview(RunResult run, IReadOnlyList<OperationTally> operations, Coverage coverage, IReadOnlyList<ErrorCodeRow> errorCodes,
        IReadOnlyList<RuleDescriptor> rules, RunGate? gate, SelfCheckResult? selfCheck)
    {
        Run = run;
        Operations = operations;
        Coverage = coverage;
        ErrorCodes = errorCodes;
        Rules = rules;
        Gate = gate;
        SelfCheck = selfCheck;
        Findings = run.Apis.SelectMany(a => a.Findings).ToList();
        Chapters = Chapter.Of(operations, qualifyWithApi: operations.Select(o => o.Api).Distinct().Count() > 1);
        Verdict = VerdictText.Of(run);
        Deviations = run.Deviations.ToList();
    }

    public RunResult Run { get; }

    public Verdict Verdict { get; }

    /// <summary>Every operation of every API in the run (catalog order), then any operation only the cases name.</summary>
    public IReadOnlyList<OperationTally> Operations { get; }

    /// <summary>The operations grouped by chapter of the reference, in catalog order.</summary>
    public IReadOnlyList<Chapter> Chapters { get; }

    public Coverage Coverage { get; }

    /// <summary>Every row of every API's error-code catalogue and what the run did with it.</summary>
    public IReadOnlyList<ErrorCodeRow> ErrorCodes { get; }

    public IReadOnlyList<Deviation> Deviations { get; }

    /// <summary>Static-analysis findings of every API in the run.</summary>
    public IReadOnlyList<SpecFinding> Findings { get; }

    /// <summary>The rule catalogue findings are named from.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Baseline and comparison, when the run was judged with them; null otherwise.</summary>
    public RunGate? Gate { get; }

    /// <summary>The suite's mutation score, when the run was made with <c>--self-check</c>; null otherwise.</summary>
    public SelfCheckResult? SelfCheck { get; }

    public TimeSpan Duration => Run.FinishedAt - Run.StartedAt;

    public static RunOverview Of(RunResult run, IReadOnlyList<RuleDescriptor>? rules = null, RunGate? gate = null, SelfCheckResult? selfCheck = null)
    {
        var casesByOperation = run.Cases
            .GroupBy(c => (c.Api, c.OperationId))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CaseResult>)g.ToList());

        var operations = new List<OperationTally>();
        var usedKeys = new HashSet<string>(StringComparer.Ordinal);
        var known = new HashSet<(string, string)>();
        var examplesDocumented = 0;
        var examplesReplayed = 0;

        foreach (var api in run.Apis)
        {
            foreach (var op in api.Operations)
            {
                known.Add((api.Name, op.Id));
                var cases = casesByOperation.GetValueOrDefault((api.Name, op.Id)) ?? [];
                operations.Add(new OperationTally(
                    UniqueKey(usedKeys, api.Name, op.Id), api.Name, op.Id, op.Section, op.Title, op.Method, op.PathTemplate, op.Tags, cases));

                // One replayed example case per documented example is what the engine produces; capping
                // per operation keeps an extra variant of one example from hiding another never sent.
                var replayed = cases.Count(c => c.Kind == CaseKind.Example && c.Outcome != CaseOutcome.Skipped);
                examplesDocumented += op.RequestExamples.Count;
                examplesReplayed += Math.Min(op.RequestExamples.Count, replayed);
            }
        }

        // Cases for operations no catalog in the run describes still belong in every report.
        foreach (var ((apiName, operationId), cases) in casesByOperation)
        {
            if (known.Contains((apiName, operationId))) continue;
            var first = cases[0];
            operations.Add(new OperationTally(
                UniqueKey(usedKeys, apiName, operationId), apiName, operationId, first.Section, first.DocTitle, first.Method, first.PathTemplate, first.Tags, cases));
        }

        var errorCodes = ErrorCodeCoverage.Of(run);
        var coverage = new Coverage(
            examplesDocumented,
            examplesReplayed,
            OperationsTotal: operations.Count,
            OperationsExercised: operations.Count(o => o.IsExercised),
            ErrorCodesTotal: errorCodes.Count,
            ErrorCodesProvokable: errorCodes.Count(e => e.Code.Trigger.Length > 0),
            ErrorCodesUntriggerable: errorCodes.Count(e => e.Code.Untriggerable.Length > 0),
            ErrorCodesProvoked: errorCodes.Count(e => e.State == ErrorCodeState.Provoked));

        return new RunOverview(run, operations, coverage, errorCodes, rules ?? ApiCatalog.Rules, gate, selfCheck);
    }

    /// <summary>Findings per rule id, rule ids in ordinal order.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> FindingsByRule()
        => Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .ToList();

    /// <summary>Findings per rule family (<c>ExamplesVsSchemas</c>, <c>DocumentationRepairs</c>…), in the catalogue's order of families.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> FindingsByFamily()
    {
        var familyOf = Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Family, StringComparer.Ordinal);
        return Findings.GroupBy(f => familyOf.GetValueOrDefault(f.RuleId) ?? "Unknown rule", StringComparer.Ordinal)
            .OrderBy(g => RuleFamilies.Order(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .ToList();
    }

    /// <summary>The operation a case belongs to, from the catalog, or null for an operation no API in the run describes.</summary>
    public OperationDescriptor? OperationOf(CaseResult c) => ApiOf(c)?.Operation(c.OperationId);

    public ApiDescriptor? ApiOf(CaseResult c) => Run.Apis.FirstOrDefault(a => a.Name == c.Api);

    /// <summary>
    /// The operationId itself, which is what the summary contract promises; only an id already taken
    /// by an earlier API is qualified (<c>Das.listInstances</c>), so the first API's keys never move.
    /// </summary>
    private static string UniqueKey(HashSet<string> used, string api, string operationId)
    {
        if (used.Add(operationId)) return operationId;
        var qualified = $"{api}.{operationId}";
        for (var n = 2; !used.Add(qualified); n++) qualified = $"{api}.{operationId}#{n}";
        return qualified;
    }
}
