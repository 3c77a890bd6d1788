using System.Globalization;

namespace ImageContracts;

/// <summary>Numeric bounds: integer ranges and string lengths (UTF-16 code units).</summary>
internal sealed partial class ValidationRun
{
    private void CheckRanges()
    {
        foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
        {
            if (value.Integer is not long integer)
            {
                continue;
            }

            if (!ParameterLimits.InRange(integer, parameter.Minimum, parameter.Maximum))
            {
                string range = (parameter.Minimum, parameter.Maximum) switch
                {
                    (int lo, int hi) => $"{lo} to {hi}",
                    (int lo, null) => $"at least {lo}",
                    (null, int hi) => $"at most {hi}",
                    _ => "",
                };
                Error(parameter.WireName, ValidationCodes.OutOfRange,
                    string.Create(CultureInfo.InvariantCulture,
                        $"Value {integer} for '{parameter.WireName}' on {Model} is out of range. Allowed: {range}."));
            }
        }
    }

    private void CheckLengths()
    {
        foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
        {
            if (parameter.Kind != ParameterKind.String || value.Text is not { } text)
            {
                continue;
            }

            if (parameter.MaxLength is int max && ParameterLimits.TooLong(text, max))
            {
                Error(parameter.WireName, ValidationCodes.TooLong, string.Create(CultureInfo.InvariantCulture,
                    $"'{parameter.WireName}' is {text.Length} characters long; {Model} accepts at most {max} (UTF-16 code units)."));
            }

            if (parameter.MinLength is int min && ParameterLimits.TooShort(text, min))
            {
                Error(parameter.WireName, ValidationCodes.TooShort, string.Create(CultureInfo.InvariantCulture,
                    $"'{parameter.WireName}' is {text.Length} characters long; {Model} needs at least {min} (UTF-16 code units)."));
            }
        }
    }
}
