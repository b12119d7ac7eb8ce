namespace DdmConformance.Reports.Sarif;

/// <summary>Maps a rule's Roslyn-style severity (<c>Error</c>, <c>Warning</c>, <c>Info</c>, <c>Hidden</c>) to a SARIF level.</summary>
internal static class SarifLevels
{
    public static string Of(string? severity) => severity?.Trim().ToLowerInvariant() switch
    {
        "error" => "error",
        "info" or "hidden" or "note" => "note",
        _ => "warning",
    };
}
