using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ImageContracts.Emulator;

/// <summary>Multipart form fields arrive as text; the engine wants the contract's types.</summary>
internal static class FormValues
{
    /// <summary>Converts integer and boolean parameters in place; text that does not parse stays text, so the engine
    /// reports <c>invalid_type</c> on it.</summary>
    public static void ConvertTypes(EndpointContract contract, Dictionary<string, object?> values)
    {
        foreach (string key in values.Keys.ToList())
        {
            if (values[key] is not string text || contract.FindParameter(key) is not { } parameter)
            {
                continue;
            }

            if (parameter.Kind == ParameterKind.Integer && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number))
            {
                values[key] = number;
            }
            else if (parameter.Kind == ParameterKind.Boolean && bool.TryParse(text, out bool flag))
            {
                values[key] = flag;
            }
        }
    }
}
