using System;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// The string formats of OpenAPI 3.0 and JSON Schema the specs can use, checked the way a validator would.
    /// A format this class does not know is not held against an example (formats are open-ended).
    /// </summary>
    internal static class StringFormats
    {
        private static readonly Regex Uuid = new Regex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant);
        private static readonly Regex Ipv4 = new Regex(@"^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$", RegexOptions.CultureInvariant);
        private static readonly Regex Email = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);
        private static readonly Regex Hostname = new Regex(@"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", RegexOptions.CultureInvariant);

        public static bool Fits(string format, string text)
        {
            switch (format)
            {
                case "uuid": return Uuid.IsMatch(text);
                case "ipv4": return Ipv4.IsMatch(text);
                case "ipv6": return text.Contains(":") && IPAddress.TryParse(text, out var v6) && v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
                case "email": return Email.IsMatch(text);
                case "hostname": return Hostname.IsMatch(text);
                case "uri": return Uri.TryCreate(text, UriKind.Absolute, out _);
                case "date": return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
                case "date-time":
                    return Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)
                           && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
                default: return true;
            }
        }
    }
}
