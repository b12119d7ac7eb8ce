using System.Collections.Concurrent;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>
/// The API gateway's per-user request limit (1.2: 60 calls per minute for a single user): a fixed window
/// per credential. Over the limit the gateway answers 429 with Retry-After, so clients can be
/// tested for pacing for real. Off (null) by default.
/// </summary>
internal sealed class GatewayThrottle(int? perWindow, TimeSpan windowLength, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);

    private sealed class Window
    {
        public long Minute;
        public int Count;
    }

    /// <summary>Null when the request may pass; otherwise the seconds until the user's window reopens.</summary>
    public int? Refuse(string user)
    {
        if (perWindow is not { } limit) return null;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var length = (long)Math.Max(1, windowLength.TotalMilliseconds);
        var minute = now / length;
        var window = windows.GetOrAdd(user, _ => new Window());
        lock (window)
        {
            if (window.Minute != minute)
            {
                window.Minute = minute;
                window.Count = 0;
            }
            if (++window.Count <= limit) return null;
            return (int)Math.Max(1, Math.Ceiling(((minute + 1) * length - now) / 1000.0));
        }
    }

    /// <summary>Who is calling, as the gateway counts: the token, or the AK of a signed request.</summary>
    public static string UserOf(HttpRequest request)
    {
        var token = request.Headers["X-Auth-Token"].ToString();
        if (token.Length > 0) return "token:" + token;
        var authorization = request.Headers.Authorization.ToString();
        var access = authorization.IndexOf("Access=", StringComparison.Ordinal);
        return access < 0 ? "anonymous" : "ak:" + authorization[(access + 7)..].Split(',')[0];
    }
}
