using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Checks;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports.Evidence;

/// <summary>One failed check with what it relies on and, for bodies, the field-level diff.</summary>
internal sealed record CheckEvidence(CheckResult Check, IReadOnlyList<DocQuote> Quotes, BodyDiffResult? Diff);

/// <summary>
/// Everything a reviewer needs to judge a failed case without leaving the page: per failed check the
/// document's words and the body diff, the exchange the checks are about, and a curl command that replays it.
/// </summary>
internal sealed record CaseEvidence(CaseResult Case, IReadOnlyList<CheckEvidence> Checks, Exchange? Primary, string? Curl)
{
    /// <summary>Checks that read a later request than the operation's own (a poll, a read-back).</summary>
    private static readonly HashSet<string> FollowUpChecks = new(StringComparer.Ordinal) { "async-job", "update-persists", "read-after-delete" };

    /// <summary>Evidence for every failed check of <paramref name="c"/>; null when nothing failed.</summary>
    public static CaseEvidence? Of(RunOverview overview, CaseResult c)
    {
        var failing = CaseText.FailingChecks(c).ToList();
        if (failing.Count == 0) return null;
        var api = overview.ApiOf(c);
        var op = api?.Operation(c.OperationId);
        var primary = PrimaryExchange(c, failing[0]);
        var checks = failing.Select(k =>
        {
            var exchange = FollowUpChecks.Contains(k.Check) ? c.Exchanges.LastOrDefault() : primary;
            return new CheckEvidence(k, DocumentEvidence.For(api, op, c, k, exchange), Diff(op, k, exchange));
        }).ToList();
        var curl = primary is null ? null : CurlCommand.For(primary, c.Subject.BadCredentials);
        return new CaseEvidence(c, checks, primary, curl);
    }

    /// <summary>
    /// The request the failed check is about: the last one of the case's own operation (setup requests and polls
    /// come before and after it); for a check on a follow-up read, the last request of all.
    /// </summary>
    public static Exchange? PrimaryExchange(CaseResult c, CheckResult firstFailing)
    {
        if (c.Exchanges.Count == 0) return null;
        if (FollowUpChecks.Contains(firstFailing.Check)) return c.Exchanges[^1];
        var path = PathPattern(c.PathTemplate);
        var own = c.Exchanges.LastOrDefault(e => path.IsMatch(PathOf(e.Url)) && e.Method == (c.Subject.UndocumentedMethod ?? c.Method));
        return own ?? c.Exchanges.FirstOrDefault(e => path.IsMatch(PathOf(e.Url))) ?? c.Exchanges[0];
    }

    private static BodyDiffResult? Diff(OperationDescriptor? op, CheckResult check, Exchange? exchange)
    {
        if (op is null || exchange?.ResponseBody is not { Length: > 0 } body) return null;
        var flagged = FieldPaths.Mentioned(check.Check, check.Actual);
        switch (check.Check)
        {
            case SchemaCheck.Name:
            case PairedExampleCheck.Name:
                var example = DocumentEvidence.PairedExample(op, exchange.Status, check.Expected);
                return example is null ? null
                    : BodyDiff.Compare($"documented example '{example.Name}'" + (example.DocLine > 0 ? $" (document line {example.DocLine})" : ""), example.Json, body, flagged);
            case ErrorBodyCheck.FormatCheck when ErrorBodyCheck.Fields(op.ErrorFormat) is { } f:
                var shape = $"{{\"{f.Code}\": \"\", \"{f.Message}\": \"\"}}";
                return BodyDiff.Compare($"documented error format {op.ErrorFormat} (appendix A.1)", shape, body, [f.Code, f.Message], compareValues: false);
            default:
                return null;
        }
    }

    private static string PathOf(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var u) ? Uri.UnescapeDataString(u.AbsolutePath) : url.Split('?')[0];

    /// <summary><c>/v1/{project_id}/instances</c> → <c>/v1/[^/]+/instances$</c>, matched at the end so a base path is allowed.</summary>
    private static Regex PathPattern(string template)
        => Patterns.GetOrAdd(template, t =>
        {
            var pattern = Regex.Replace(Regex.Escape(t.TrimEnd('/')), @"\\\{[^}]*}", "[^/]+");
            return new Regex(pattern + "/?$", RegexOptions.CultureInvariant);
        });

    /// <summary>One pattern per path template: a report has thousands of cases but only as many templates as operations.</summary>
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);
}
