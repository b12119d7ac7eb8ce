using System.Globalization;
using System.Security.Cryptography;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>Ids shaped like the documented ones.</summary>
internal static class ResourceIds
{
    /// <summary>32 hex characters + <c>in09</c> (e.g. <c>1f5c9fd6cd984056ba89c8c87cc03278in09</c>).</summary>
    public static string Instance() => Hex32() + "in09";

    /// <summary>32 hex characters + <c>no09</c>.</summary>
    public static string Node() => Hex32() + "no09";

    /// <summary>32 hex characters + <c>gr09</c>.</summary>
    public static string Group() => Hex32() + "gr09";

    /// <summary>32 hex characters + <c>pr09</c>, a parameter group (4.2.23 example).</summary>
    public static string ParameterGroup() => Hex32() + "pr09";

    /// <summary>A UUID, as the documented job_id / jobId, server, volume and EIP ids are.</summary>
    public static string Uuid() => Guid.NewGuid().ToString("D");

    /// <summary><c>CS</c> + yyMMddHHmm + 5 uppercase letters or digits (e.g. <c>CS1810251738L8VVD</c>).</summary>
    public static string Order(DateTimeOffset now)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var suffix = new string(Enumerable.Range(0, 5).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray());
        return "CS" + now.UtcDateTime.ToString("yyMMddHHmm", CultureInfo.InvariantCulture) + suffix;
    }

    private static string Hex32() => Guid.NewGuid().ToString("N");
}
