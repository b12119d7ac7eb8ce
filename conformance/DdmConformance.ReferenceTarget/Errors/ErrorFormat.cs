namespace DdmConformance.ReferenceTarget.Errors;

/// <summary>The two error body shapes of appendix A.1.</summary>
internal enum ErrorFormat
{
    /// <summary><c>{"errCode","externalMessage"}</c>: v1 and v2 APIs.</summary>
    V1,

    /// <summary><c>{"error_code","error_msg"}</c>: v3 APIs, and the API gateway in front of every API (3.3).</summary>
    V3,
}
