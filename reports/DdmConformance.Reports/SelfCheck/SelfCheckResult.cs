using System.Globalization;
using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.SelfCheck;

/// <summary>What became of one injected deviation.</summary>
public enum InjectionState
{
    /// <summary>A case reported a deviation while it was injected.</summary>
    Caught,

    /// <summary>Every case of the run passed (or was skipped) while it was injected: the suite is blind to it.</summary>
    Missed,

    /// <summary>The self-check stopped (Ctrl-C, or the unmodified target was not clean) before this deviation was judged.</summary>
    NotRun,
}

/// <summary>
/// One named deviation injected into the bundled reference target, and the suite's answer to it: the first
/// case that reported a deviation (the suite stops there), how many cases it took and how long.
/// </summary>
public sealed record InjectedDeviationOutcome
{
    /// <summary>The deviation's name, as <c>serve --list-deviations</c> prints it.</summary>
    public required string Name { get; init; }

    /// <summary>What the target does differently while the deviation is on.</summary>
    public required string Description { get; init; }

    public required InjectionState State { get; init; }

    /// <summary>The deviations reported by the first case that caught it (empty unless caught).</summary>
    public IReadOnlyList<Deviation> CaughtBy { get; init; } = [];

    /// <summary>Cases run with the deviation injected, the catching one included.</summary>
    public int CasesRun { get; init; }

    /// <summary>From starting the target to the verdict (the removal of what the run created not included).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Why it was not run, or why a run that missed it ended early (the target stopped answering, the deadline).</summary>
    public string? Note { get; init; }

    public bool Caught => State == InjectionState.Caught;

    /// <summary>The deviation that caught it (the first check the catching case failed), or null.</summary>
    public Deviation? FirstCatch => CaughtBy.Count > 0 ? CaughtBy[0] : null;
}

/// <summary>
/// The suite's mutation score (<c>run --self-check</c>): the run against the unmodified bundled target must
/// find nothing, and a run against the target with each named deviation injected must find something.
/// </summary>
public sealed record SelfCheckResult
{
    /// <summary>Every deviation asked for, in the order of the reference target's list.</summary>
    public required IReadOnlyList<InjectedDeviationOutcome> Deviations { get; init; }

    /// <summary>Deviations the same run found on the unmodified target (the suite's false alarms; must be 0).</summary>
    public required int UnmodifiedTargetDeviations { get; init; }

    /// <summary>How many injected runs ran side by side.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>Wall-clock time of the injected runs together.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Set when the self-check stopped early: why.</summary>
    public string? Interrupted { get; init; }

    public int Caught => Deviations.Count(d => d.Caught);

    public int Total => Deviations.Count;

    /// <summary><c>59/61</c>.</summary>
    public string Score => string.Create(CultureInfo.InvariantCulture, $"{Caught}/{Total}");

    /// <summary>The suite proved its power: nothing found on the unmodified target, every injected deviation caught.</summary>
    public bool Passed => UnmodifiedTargetDeviations == 0 && Interrupted is null && Caught == Total;
}
