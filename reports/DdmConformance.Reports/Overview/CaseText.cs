using System.Globalization;
using System.Text;
using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Overview;

/// <summary>The sentences reports use to explain a case, so JUnit and HTML tell the same story.</summary>
internal static class CaseText
{
    /// <summary><c>status: expected 201, actual 400 (§4.2.1)</c>.</summary>
    public static string Describe(CheckResult check, string section)
        => $"{check.Check}: expected {check.Expected}, actual {check.Actual} (§{section})";

    /// <summary>Why a failed case failed, in one line: its first deviation, or whatever else went wrong.</summary>
    public static string FailureHeadline(CaseResult c)
    {
        var failing = FailingChecks(c).ToList();
        if (failing.Count > 0)
        {
            var first = Describe(failing[0], c.Section);
            return failing.Count == 1 ? first : $"{first} (+{failing.Count - 1} more)";
        }
        var error = c.Exchanges.Select(e => e.Error).FirstOrDefault(e => !string.IsNullOrEmpty(e));
        return error is not null ? $"request failed: {error}" : "failed without a failing check";
    }

    /// <summary>Every failing check on its own lines, then the reference it relies on (JUnit failure text, Allure trace).</summary>
    public static string FailureBody(CaseResult c)
    {
        var sb = new StringBuilder();
        foreach (var check in FailingChecks(c))
        {
            sb.Append(check.IsDeviation ? "deviation" : "warning").Append(": ").Append(check.Check).Append('\n')
              .Append("  expected: ").Append(check.Expected).Append('\n')
              .Append("  actual:   ").Append(check.Actual).Append('\n')
              .Append("  section:  ").Append(c.Section).Append('\n');
        }
        foreach (var error in c.Exchanges.Select(e => e.Error).Where(e => !string.IsNullOrEmpty(e)))
            sb.Append("request error: ").Append(error).Append('\n');
        sb.Append("case: ").Append(c.CaseId).Append('\n');
        sb.Append("reference: §").Append(c.Section).Append(' ').Append(c.DocTitle);
        if (c.DocLine > 0) sb.Append(" (document line ").Append(c.DocLine.ToString(CultureInfo.InvariantCulture)).Append(')');
        return sb.ToString();
    }

    /// <summary>The kind of a case as reports name it: <c>documented example</c>, <c>error code</c>, <c>lifecycle</c>.</summary>
    public static string KindName(CaseKind k) => k switch
    {
        CaseKind.Example => "documented example",
        CaseKind.Error => "error code",
        _ => "lifecycle",
    };

    /// <summary>Deviations first, then failed checks that are only warnings.</summary>
    public static IEnumerable<CheckResult> FailingChecks(CaseResult c)
        => c.Checks.Where(k => k.IsDeviation).Concat(c.Checks.Where(k => !k.Passed && !k.IsDeviation));

    /// <summary><c>POST https://host/v1/x -> 201 (12 ms)</c>.</summary>
    public static string ExchangeLine(Exchange e)
    {
        var outcome = e.Error is { Length: > 0 } ? $"error: {e.Error}"
                    : e.Status is { } s ? s.ToString(CultureInfo.InvariantCulture)
                    : "no response";
        return $"{e.Method} {e.Url} -> {outcome} ({Milliseconds(e.Elapsed)})";
    }

    public static string Milliseconds(TimeSpan t)
        => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    public static string Seconds(TimeSpan t)
        => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
