using System.Globalization;
using System.Text;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports.Html.Sections;

/// <summary>One HTTP exchange, request beside response. The engine has redacted it already; here it is only escaped.</summary>
internal static class ExchangeSection
{
    public static void Write(StringBuilder sb, Exchange e, string title)
    {
        sb.Append("<div class=\"exchange\">\n<h4>").Text(title)
          .Append(" · ").Text(CaseText.Milliseconds(e.Elapsed)).Append("</h4>\n<div class=\"ex-cols\">\n");

        sb.Append("<div class=\"req\"><h5>Request</h5>");
        sb.Element("pre", "line", $"{e.Method} {e.Url}");
        Headers(sb, e.RequestHeaders);
        Body(sb, e.RequestBody);
        sb.Append("</div>\n");

        sb.Append("<div class=\"resp\"><h5>Response</h5>");
        if (e.Error is { Length: > 0 })
            sb.Element("p", "ex-error", "Error: " + e.Error);
        if (e.Status is { } status)
            sb.Element("pre", "line", "HTTP " + status.ToString(CultureInfo.InvariantCulture));
        else if (e.Error is not { Length: > 0 })
            sb.Element("p", "muted", "No response.");
        Headers(sb, e.ResponseHeaders);
        Body(sb, e.ResponseBody);
        sb.Append("</div>\n</div>\n</div>\n");
    }

    private static void Headers(StringBuilder sb, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        if (headers.Count == 0) return;
        sb.Append("<pre class=\"headers\">");
        for (var i = 0; i < headers.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            sb.Text(headers[i].Key).Append(": ").Text(headers[i].Value);
        }
        sb.Append("</pre>");
    }

    private static void Body(StringBuilder sb, string? body)
    {
        if (string.IsNullOrEmpty(body)) return;
        var shown = BodyText.Format(body);
        sb.Element("pre", "body", shown.Text);
        if (shown.Truncated)
            sb.Element("p", "note", string.Create(CultureInfo.InvariantCulture,
                $"Truncated: showing the first {BodyText.Limit:N0} characters of {shown.OriginalLength:N0}."));
    }
}
