using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Http;
using DdmConformance.Engine.Results;

namespace DdmConformance.Engine.Checks;

/// <summary>Status-code checks: a documented success, or one specific error status.</summary>
public static class StatusCheck
{
    public const string Name = "status";

    public static CheckResult DocumentedSuccess(OperationDescriptor op, HttpOutcome outcome)
    {
        var documented = op.Responses.Select(r => r.Status).Where(s => s.StartsWith('2')).ToList();
        var expected = documented.Count == 0 ? "a 2xx status" : "documented success status " + string.Join(" or ", documented);
        var passed = outcome.Status is { } s && (documented.Count == 0 ? s is >= 200 and < 300 : documented.Contains(s.ToString()));
        return new CheckResult(Name, passed, expected, Actual(outcome));
    }

    public static CheckResult Exactly(int status, HttpOutcome outcome, string why)
        => new(Name, outcome.Status == status, $"{status} ({why})", Actual(outcome));

    public static string Actual(HttpOutcome outcome) => outcome.Failure switch
    {
        TransportFailure.None => outcome.Status.ToString()!,
        TransportFailure.TooLarge => $"{outcome.Status?.ToString() ?? "no status"}: {outcome.FailureMessage}",
        _ => $"no response: {outcome.FailureMessage}",
    };
}
