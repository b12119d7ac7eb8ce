using System.Text.Json.Serialization;

namespace DdmConformance.Reports.Allure;

// The Allure 2 result format (https://allurereport.org/docs/how-it-works-test-result-file/), the part we
// write: what the npm `allure` CLI (3.x) and Allure 2 both read. Serialised camelCase; nulls left out.

internal sealed record AllureResult(
    string Uuid,
    string HistoryId,
    string TestCaseId,
    string Name,
    string FullName,
    string Status,
    AllureStatusDetails? StatusDetails,
    string Stage,
    string Description,
    long Start,
    long Stop,
    IReadOnlyList<AllureLabel> Labels,
    IReadOnlyList<AllureLink> Links,
    IReadOnlyList<AllureParameter> Parameters,
    IReadOnlyList<AllureStep> Steps,
    IReadOnlyList<AllureAttachment> Attachments);

/// <param name="Known">A deviation the baseline accepts: Allure marks it as a known issue.</param>
internal sealed record AllureStatusDetails(
    string Message,
    string Trace,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Known = false);

internal sealed record AllureLabel(string Name, string Value);

internal sealed record AllureLink(string Name, string Url, string Type);

internal sealed record AllureParameter(string Name, string Value);

internal sealed record AllureStep(
    string Name,
    string Status,
    string Stage,
    long Start,
    long Stop,
    IReadOnlyList<AllureParameter> Parameters,
    IReadOnlyList<AllureAttachment> Attachments,
    IReadOnlyList<AllureStep> Steps,
    AllureStatusDetails? StatusDetails = null);

/// <param name="Source">File name of the attachment, next to the result files.</param>
internal sealed record AllureAttachment(string Name, string Source, string Type);

/// <summary>A row of <c>categories.json</c>: how Allure groups failures.</summary>
internal sealed record AllureCategory(string Name, string? MessageRegex, IReadOnlyList<string> MatchedStatuses);
