using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ImageContracts.Emulator;

/// <summary>Turns the engine's first error into the API's HTTP 400. The API's codes where they are known
/// (api-facts §5.3: <c>unknown_parameter</c>, <c>invalid_value</c>; OpenAI's generic request-validation codes
/// <c>missing_required_parameter</c>, <c>integer_above_max_value</c>, <c>integer_below_min_value</c>,
/// <c>string_above_max_length</c>, <c>invalid_type</c>); everything else is <c>invalid_value</c> with the engine's
/// message, which says what was wrong and what is allowed.</summary>
internal static class ValidationErrorMapper
{
    /// <param name="result">The engine's findings (must hold an error).</param>
    /// <param name="endpoint">The contract validated against, for range directions.</param>
    /// <param name="values">The request values by wire name.</param>
    /// <param name="paramPrefix">Prefix of the reported param, e.g. <c>tools[0].</c> for the Responses tool.</param>
    public static EmulatorReply ToReply(ValidationResult result, EndpointContract endpoint, IReadOnlyDictionary<string, object?> values, string paramPrefix = "")
    {
        ValidationFinding error = result.Errors.First();
        string? param = error.Parameter is null ? null : paramPrefix + error.Parameter;
        string code = error.Code switch
        {
            ValidationCodes.UnknownParameter or ValidationCodes.ParameterRejected => "unknown_parameter",
            ValidationCodes.MissingRequired => "missing_required_parameter",
            ValidationCodes.InvalidType => "invalid_type",
            ValidationCodes.TooLong => "string_above_max_length",
            ValidationCodes.TooShort => "string_below_min_length",
            ValidationCodes.OutOfRange => RangeCode(endpoint, error.Parameter, values),
            _ => "invalid_value",
        };
        string message = code switch
        {
            "unknown_parameter" => $"Unknown parameter: '{param}'. {error.Message}",
            "missing_required_parameter" => $"Missing required parameter: '{param}'.",
            _ => error.Message,
        };
        return ApiErrors.BadRequest(Scrub(message), param, code);
    }

    private static string RangeCode(EndpointContract endpoint, string? parameter, IReadOnlyDictionary<string, object?> values)
    {
        ParameterContract? contract = parameter is null ? null : endpoint.FindParameter(parameter);
        bool below = contract?.Minimum is int min && values.GetValueOrDefault(parameter!) is long value && value < min;
        return below ? "integer_below_min_value" : "integer_above_max_value";
    }

    /// <summary>Messages quote caller values; keep them one line.</summary>
    private static string Scrub(string message)
    {
        var text = new StringBuilder(message.Length);
        foreach (char c in message)
        {
            text.Append(char.IsControl(c) ? ' ' : c);
        }

        return text.ToString();
    }
}
