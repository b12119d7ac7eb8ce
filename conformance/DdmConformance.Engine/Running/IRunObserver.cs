using DdmConformance.Engine.Results;

namespace DdmConformance.Engine.Running;

/// <summary>
/// Progress callbacks for front doors (console progress, test adapters). Lanes run at the same time, but the
/// session makes one call at a time; cases of different lanes start and finish interleaved.
/// </summary>
public interface IRunObserver
{
    /// <param name="index">The case's position in the plan (not how many cases ran: lanes finish out of plan order).</param>
    void CaseStarted(PlannedCase planned, int index, int total);

    /// <param name="index">The case's position in the plan.</param>
    void CaseFinished(CaseResult result, int index, int total);

    void Message(string text);
}
