using System.Globalization;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// Timestamps as the service sends them: <c>2021-12-14T07:46:22+0000</c>. The tables say
/// "yyyy-mm-dd Thh:mm:ssZ", which is Java's pattern letter Z (an RFC 822 offset), hence <c>+0000</c>,
/// as in every documented example.
/// </summary>
internal static class WireTime
{
    public static string Format(DateTimeOffset time, bool withoutZone = false)
        => time.UtcDateTime.ToString(withoutZone ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);

    /// <summary>The wire carries whole seconds, so the model does too.</summary>
    public static DateTimeOffset ToSeconds(DateTimeOffset time)
        => new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
