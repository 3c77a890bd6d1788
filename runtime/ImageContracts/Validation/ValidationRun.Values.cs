using System.Linq;

namespace ImageContracts;

/// <summary>Enumerated values: allowed, and their preview, deprecated or unconfirmed status.</summary>
internal sealed partial class ValidationRun
{
    private void CheckAllowedValues()
    {
        foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
        {
            if (parameter.Values.Count == 0 || value.Scalar is not { } scalar || parameter.FindValue(scalar) is not null)
            {
                continue;
            }

            if (parameter.Kind == ParameterKind.Size && parameter.FreeFormSize is not null)
            {
                if (!WireValue.TryParseSize(scalar, out _, out _))
                {
                    Error(parameter.WireName, ValidationCodes.ValueNotAllowed,
                        $"Invalid value '{scalar}' for '{parameter.WireName}' on {Model}. Use WIDTHxHEIGHT (e.g. 1024x1024) or one of: {AllowedList(parameter)}.");
                }

                continue; // free-form sizes are checked in CheckSizes
            }

            Error(parameter.WireName, ValidationCodes.ValueNotAllowed,
                $"Invalid value '{scalar}' for '{parameter.WireName}' on {Model}. Allowed: {AllowedList(parameter)}.");
        }
    }

    private static string AllowedList(ParameterContract parameter) =>
        string.Join(", ", parameter.Values.Select(v => v.Value));

    private void CheckValueStatus()
    {
        foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
        {
            if (value.Scalar is not { } scalar || parameter.FindValue(scalar) is not { } allowed)
            {
                continue;
            }

            string note = string.IsNullOrEmpty(allowed.Note) ? "" : " " + allowed.Note;
            if (allowed.Status == ValueStatus.Preview)
            {
                Warning(parameter.WireName, ValidationCodes.PreviewValue,
                    $"'{scalar}' for '{parameter.WireName}' is a preview value on {Model}; behaviour may change.{note}");
            }
            else if (allowed.Status == ValueStatus.Deprecated)
            {
                Warning(parameter.WireName, ValidationCodes.DeprecatedValue,
                    $"'{scalar}' for '{parameter.WireName}' is deprecated on {Model}.{note}");
            }
            else if (allowed.Status == ValueStatus.Unconfirmed)
            {
                Warning(parameter.WireName, ValidationCodes.Unconfirmed,
                    $"'{scalar}' for '{parameter.WireName}' on {Model} is UNCONFIRMED by the sources; the API may reject it.{note}");
            }
        }
    }
}
