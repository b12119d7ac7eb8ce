namespace DdmConformance.Reports.Evidence;

internal enum QuoteKind
{
    /// <summary>A row of a parameter or response table (one line of prose).</summary>
    TableRow,

    /// <summary>A documented example or shape, shown as code.</summary>
    Example,

    /// <summary>A row of the error-code catalogue (appendix A.3).</summary>
    ErrorCode,

    /// <summary>A plain statement (status table, error format, asynchronous behaviour).</summary>
    Statement,
}

/// <summary>A piece of the reference a check relies on, quoted from the catalog the spec was compiled into.</summary>
/// <param name="Label">Where it comes from: "Response table (status 200)", "Documented example 'ok'", "Appendix A.3".</param>
/// <param name="DocLine">Line in the seed document, when known (0 otherwise).</param>
internal sealed record DocQuote(QuoteKind Kind, string Label, string Text, int DocLine = 0);
