using System.Globalization;
using System.Text.RegularExpressions;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Checks;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Html;

namespace DdmConformance.Reports.Evidence;

/// <summary>
/// What the reference says that a check relies on: the table rows of the fields a failed check names, the
/// documented example it was compared with, the A.3 row of the error code it expected, the status table.
/// All of it comes from the catalog (the spec with its provenance), so it quotes exactly what was checked.
/// </summary>
internal static partial class DocumentEvidence
{
    private const int MaxRows = 8;

    public static IReadOnlyList<DocQuote> For(ApiDescriptor? api, OperationDescriptor? op, CaseResult c, CheckResult check, Exchange? exchange)
    {
        var quotes = new List<DocQuote>();
        if (api is null || op is null) return quotes;
        var subject = c.Subject;

        switch (check.Check)
        {
            case StatusCheck.Name:
                if (subject.ErrorCode is { } code && api.ErrorCode(code) is { } row) quotes.Add(ErrorCodeRow(row));
                quotes.AddRange(RequestRows(op, subject));
                quotes.Add(StatusTable(op));
                break;
            case SchemaCheck.Name:
            case PairedExampleCheck.Name:
                quotes.AddRange(ResponseRows(op, exchange?.Status, FieldPaths.Mentioned(check.Check, check.Actual)));
                if (PairedExample(op, exchange?.Status, check.Expected) is { } example)
                    quotes.Add(new DocQuote(QuoteKind.Example, $"Documented response example '{example.Name}'", BodyText.Format(example.Json).Text, example.DocLine));
                break;
            case ErrorBodyCheck.FormatCheck:
                quotes.Add(ErrorFormat(op));
                break;
            case ErrorBodyCheck.CodeCheck:
                var expected = ExpectedCode().Match(check.Expected);
                if (expected.Success && api.ErrorCode(expected.Groups[1].Value) is { } prescribed) quotes.Add(ErrorCodeRow(prescribed));
                else quotes.Add(new DocQuote(QuoteKind.Statement, "Appendix A.3", $"The error-code catalogue lists {api.ErrorCodes.Count.ToString(CultureInfo.InvariantCulture)} codes; {check.Actual} is not one of them."));
                if (api.ErrorCode(check.Actual) is { } sent && sent.Code != (expected.Success ? expected.Groups[1].Value : ""))
                    quotes.Add(ErrorCodeRow(sent) with { Label = "Appendix A.3 (the code the target sent)" });
                quotes.AddRange(RequestRows(op, subject));
                break;
            case "update-persists":
                quotes.AddRange(RequestRows(op, subject));
                quotes.AddRange(RequestBodyRows(op, FieldPaths.Mentioned(check.Check, check.Actual)));
                break;
            case "async-job" when op.AsyncJob is { } job:
                quotes.Add(new DocQuote(QuoteKind.Statement, "Asynchronous operation (x-async-job)",
                    $"The work continues after the response: {job.ReadyOperationId} shows {job.ReadyField} in [{string.Join(", ", job.ReadyValues)}] once it is done."));
                break;
            case "pagination":
                quotes.AddRange(op.Parameters.Where(p => p.Name is "limit" or "offset").Select(ParameterRow));
                break;
        }

        if (c.Kind == CaseKind.Example && subject.Example is { } name && op.RequestExamples.FirstOrDefault(e => e.Name == name) is { } request)
            quotes.Add(RequestExample(request));
        // The rule the engine applied, in its own words: what links the quotes above to the verdict.
        if (CheckCatalog.Find(check.Check) is { } kind)
            quotes.Add(new DocQuote(QuoteKind.Statement, "What the check verifies", kind.Verifies));
        return quotes;
    }

    /// <summary>The documented response example a body is compared with: the one a paired-example check names, else the first of the status.</summary>
    public static ExampleDescriptor? PairedExample(OperationDescriptor op, int? status, string expectedText)
    {
        var examples = (status is { } s ? op.Response(s)?.Body?.Examples : null)
            ?? op.Responses.Where(r => r.Status.StartsWith('2')).Select(r => r.Body?.Examples).FirstOrDefault(e => e is { Count: > 0 });
        if (examples is null || examples.Count == 0) return null;
        var named = ExampleName().Match(expectedText);
        return (named.Success ? examples.FirstOrDefault(e => e.Name == named.Groups[1].Value) : null) ?? examples[0];
    }

    private static DocQuote ErrorCodeRow(ErrorCodeDescriptor e)
    {
        var how = e.Untriggerable.Length > 0 ? $" · not externally triggerable: {e.Untriggerable}" : "";
        return new DocQuote(QuoteKind.ErrorCode, "Appendix A.3, error codes",
            $"{e.Code} · {e.Status.ToString(CultureInfo.InvariantCulture)} · {e.Message} · Solution: {e.Solution}{how}");
    }

    private static DocQuote StatusTable(OperationDescriptor op)
        => new(QuoteKind.Statement, "Status codes of the operation",
            op.Responses.Count == 0 ? "The section documents no status code." : string.Join("\n", op.Responses.Select(r => $"{r.Status} {r.Description}")));

    private static DocQuote ErrorFormat(OperationDescriptor op)
    {
        var fields = ErrorBodyCheck.Fields(op.ErrorFormat);
        var shape = fields is { } f ? $"{{\"{f.Code}\": \"<code from A.3>\", \"{f.Message}\": \"<message>\"}}" : "(format not known)";
        return new DocQuote(QuoteKind.Example, $"Appendix A.1, error body format {op.ErrorFormat}", shape);
    }

    private static DocQuote RequestExample(RequestExampleDescriptor e)
    {
        var text = e.BodyJson.Length > 0 ? e.RequestLine + "\n\n" + BodyText.Format(e.BodyJson).Text : e.RequestLine;
        return new DocQuote(QuoteKind.Example, $"Documented request example '{e.Name}'" + (e.Summary.Length > 0 ? $" ({e.Summary})" : ""), text, e.DocLine);
    }

    private static DocQuote ParameterRow(ParameterDescriptor p)
        => new(QuoteKind.TableRow, "Request parameter table", SchemaTable.ParameterRow(p.Name, p.In, p.Required, p.SchemaJson, p.Description));

    /// <summary>The table rows of what an error case changed: the field it broke, the parameter it spoiled.</summary>
    private static IEnumerable<DocQuote> RequestRows(OperationDescriptor op, CaseSubject subject)
    {
        if (subject.Parameter is { } name && op.Parameters.FirstOrDefault(p => p.Name == name) is { } parameter)
            yield return ParameterRow(parameter);
        if (subject.BodyField is { } field)
            foreach (var q in RequestBodyRows(op, [FieldPaths.Normalize(field)])) yield return q;
    }

    private static IEnumerable<DocQuote> RequestBodyRows(OperationDescriptor op, IReadOnlyList<string> fields)
    {
        if (op.RequestBody is not { } body) yield break;
        foreach (var field in fields.Take(MaxRows))
            if (SchemaTable.Row(body.SchemaJson, field) is { } row)
                yield return new DocQuote(QuoteKind.TableRow, "Request body table", row);
    }

    private static IEnumerable<DocQuote> ResponseRows(OperationDescriptor op, int? status, IReadOnlyList<string> fields)
    {
        var response = status is { } s ? op.Response(s) : null;
        if (response?.Body is not { } body) yield break;
        foreach (var field in fields.Take(MaxRows))
            if (SchemaTable.Row(body.SchemaJson, field) is { } row)
                yield return new DocQuote(QuoteKind.TableRow, $"Response table (status {response.Status})", row);
    }

    [GeneratedRegex(@"error code ([A-Za-z0-9_.\-]+)")]
    private static partial Regex ExpectedCode();

    [GeneratedRegex(@"documented example '([^']+)'")]
    private static partial Regex ExampleName();
}
