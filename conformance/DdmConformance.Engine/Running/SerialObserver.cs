using DdmConformance.Engine.Results;

namespace DdmConformance.Engine.Running;

/// <summary>
/// Hands an <see cref="IRunObserver"/> one call at a time, whichever lane makes it, so front doors (a console
/// line, a progress count) never see two calls interleave.
/// </summary>
internal sealed class SerialObserver(IRunObserver inner) : IRunObserver
{
    private readonly Lock gate = new();

    public void CaseStarted(PlannedCase planned, int index, int total)
    {
        lock (gate) inner.CaseStarted(planned, index, total);
    }

    public void CaseFinished(CaseResult result, int index, int total)
    {
        lock (gate) inner.CaseFinished(result, index, total);
    }

    public void Message(string text)
    {
        lock (gate) inner.Message(text);
    }
}
