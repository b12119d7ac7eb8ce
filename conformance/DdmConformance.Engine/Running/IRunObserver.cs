using DdmConformance.Engine.Results;

namespace DdmConformance.Engine.Running;

/// <summary>Progress callbacks for front doors (console progress, test adapters). Called on the run's thread.</summary>
public interface IRunObserver
{
    void CaseStarted(PlannedCase planned, int index, int total);

    void CaseFinished(CaseResult result, int index, int total);

    void Message(string text);
}
