namespace DdmConformance.Engine.Results;

/// <summary>
/// What a case aims at, set by the planner where it creates the case: the documented example it replays, the
/// error code it provokes, the path or query parameter or the body field it spoils, the undocumented method it
/// sends, whether it sends bad credentials. Reports read it to quote the right rows and build a faithful replay; the case id is only a name.
/// </summary>
public sealed record CaseSubject
{
    /// <summary>A case that aims at nothing in particular (a missing token, a malformed body, a wrong method…).</summary>
    public static readonly CaseSubject None = new();

    /// <summary>Name of the documented request example replayed; null when the request is built from the tables.</summary>
    public string? Example { get; init; }

    /// <summary>Appendix A.3 code the case provokes (<c>DBS.280001</c>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Path or query parameter the case gives a wrong or unknown value.</summary>
    public string? Parameter { get; init; }

    /// <summary>Body field the case spoils, as a dotted path (<c>instance.name</c>).</summary>
    public string? BodyField { get; init; }

    /// <summary>HTTP method the case sends in place of the documented one (<c>PATCH</c> where none is documented).</summary>
    public string? UndocumentedMethod { get; init; }

    /// <summary>The case authenticates with deliberately wrong credentials rather than the configured ones.</summary>
    public bool BadCredentials { get; init; }
}
