using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Overview;

/// <summary>
/// The figures every report shows, computed once from a <see cref="RunResult"/> so that
/// summary.json, junit.xml and report.html can never disagree.
/// </summary>
internal sealed class RunOverview
{
    private RunOverview(RunResult run, IReadOnlyList<OperationTally> operations, Coverage coverage, IReadOnlyList<SpecFinding> findings)
    {
        Run = run;
        Operations = operations;
        Coverage = coverage;
        Findings = findings;
        Verdict = VerdictText.Of(run);
        Deviations = run.Deviations.ToList();
    }

    public RunResult Run { get; }

    public Verdict Verdict { get; }

    /// <summary>Every operation of every API in the run (catalog order), then any operation only the cases name.</summary>
    public IReadOnlyList<OperationTally> Operations { get; }

    public Coverage Coverage { get; }

    public IReadOnlyList<Deviation> Deviations { get; }

    /// <summary>Static-analysis findings of every API in the run.</summary>
    public IReadOnlyList<SpecFinding> Findings { get; }

    public TimeSpan Duration => Run.FinishedAt - Run.StartedAt;

    public static RunOverview Of(RunResult run)
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
                    UniqueKey(usedKeys, api.Name, op.Id), api.Name, op.Id, op.Section, op.Title, op.Method, op.PathTemplate, cases));

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
                UniqueKey(usedKeys, apiName, operationId), apiName, operationId, first.Section, first.DocTitle, first.Method, first.PathTemplate, cases));
        }

        var errorCodes = run.Apis.SelectMany(a => a.ErrorCodes).ToList();
        var coverage = new Coverage(
            examplesDocumented,
            examplesReplayed,
            OperationsTotal: operations.Count,
            OperationsExercised: operations.Count(o => o.IsExercised),
            ErrorCodesTotal: errorCodes.Count,
            ErrorCodesProvokable: errorCodes.Count(e => !string.IsNullOrEmpty(e.Trigger)),
            ErrorCodesUntriggerable: errorCodes.Count(e => !string.IsNullOrEmpty(e.Untriggerable)));

        return new RunOverview(run, operations, coverage, run.Apis.SelectMany(a => a.Findings).ToList());
    }

    /// <summary>Findings per rule id, rule ids in ordinal order.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> FindingsByRule()
        => Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .ToList();

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
