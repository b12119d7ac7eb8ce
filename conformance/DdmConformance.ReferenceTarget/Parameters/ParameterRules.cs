using System.Globalization;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;

namespace DdmConformance.ReferenceTarget.Parameters;

/// <summary>
/// Whether a value is within a parameter's range (4.10.3 Constraints: "within the value range defined on the
/// DDM console"). The range is the one 4.2.23 and 4.10.2 show in <c>value_range</c>: <c>lo-hi</c> for numbers,
/// <c>A|B|C</c> for choices, empty for free text. A value outside it is A.3 DBS.300375 "Invalid {param}.".
/// </summary>
internal static class ParameterRules
{
    // Table 4-530 states one step: max_allowed_packet "must be a multiple of 1024".
    private static readonly IReadOnlyDictionary<string, decimal> Steps = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["max_allowed_packet"] = 1024,
    };

    public static void Check(InstanceParameter definition, string value)
    {
        if (definition.ReadOnly)
            throw Invalid(definition.Name, "the parameter is read-only");
        var range = definition.ValueRange;
        if (range.Length == 0)
            return;
        if (range.Contains('|'))
        {
            if (!range.Split('|').Contains(value, StringComparer.Ordinal))
                throw Invalid(definition.Name, $"'{value}' is not one of {range}");
            return;
        }
        // Ranges have no negative bounds, so the first '-' after the first character separates them.
        var dash = range.IndexOf('-', 1);
        var low = decimal.Parse(range[..dash], CultureInfo.InvariantCulture);
        var high = decimal.Parse(range[(dash + 1)..], CultureInfo.InvariantCulture);
        var styles = definition.DataType == "integer" ? NumberStyles.None : NumberStyles.AllowDecimalPoint;
        if (value.Length == 0 || !value.All(c => char.IsAsciiDigit(c) || c == '.')
            || !decimal.TryParse(value, styles, CultureInfo.InvariantCulture, out var number))
            throw Invalid(definition.Name, $"'{value}' is not a{(definition.DataType == "integer" ? "n integer" : " number")}");
        if (number < low || number > high)
            throw Invalid(definition.Name, $"{value} is outside {range}");
        if (Steps.TryGetValue(definition.Name, out var step) && number % step != 0)
            throw Invalid(definition.Name, $"{value} is not a multiple of {step}");
    }

    /// <summary>A.3 DBS.300375 with the parameter's name in place of <c>{param}</c>.</summary>
    public static ApiErrorException Invalid(string name, string detail)
        => new(ApiError.InvalidParameterValue(name, $"{name}: {detail}"));
}
