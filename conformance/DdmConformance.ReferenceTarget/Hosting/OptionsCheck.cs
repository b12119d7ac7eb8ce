using System.Net;
using DdmConformance.ReferenceTarget.Deviations;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>Rejects options the target cannot honour, before anything listens.</summary>
internal static class OptionsCheck
{
    /// <summary>The address to bind, or an <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static IPAddress Validate(ReferenceTargetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var unknown = ActiveDeviations.Unknown(options.Deviations ?? new HashSet<string>());
        if (unknown.Count > 0)
            throw new ArgumentException(
                $"Unknown deviation(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", KnownDeviations.All.Select(d => d.Name))}.",
                nameof(options));

        if (options.Port is < 0 or > 65535)
            throw new ArgumentException($"Port {options.Port} is outside 0-65535.", nameof(options));
        if (string.IsNullOrEmpty(options.Token))
            throw new ArgumentException("Token must not be empty.", nameof(options));
        if (string.IsNullOrEmpty(options.AccessKey) != string.IsNullOrEmpty(options.SecretKey))
            throw new ArgumentException("AccessKey and SecretKey go together: set both or neither.", nameof(options));
        if (options.ProvisioningDelay < TimeSpan.Zero || options.RestartDelay < TimeSpan.Zero || options.ChangeDelay < TimeSpan.Zero)
            throw new ArgumentException("Delays must not be negative.", nameof(options));

        if (string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            return IPAddress.Loopback;
        return IPAddress.TryParse(options.Host, out var address) ? address
            : throw new ArgumentException($"Host '{options.Host}' is not an IP address (or localhost).", nameof(options));
    }
}
