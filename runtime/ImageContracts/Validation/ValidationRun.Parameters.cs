using System.Linq;

namespace ImageContracts;

/// <summary>Which parameters were given: unknown, rejected, missing, of the wrong type, or of unconfirmed support.</summary>
internal sealed partial class ValidationRun
{
    /// <summary>Ignored unless the endpoint declares it: the contract chooses the model.</summary>
    private const string ModelKey = "model";

    private void CheckUnknown()
    {
        foreach (string key in _given.Keys)
        {
            if (_endpoint.FindParameter(key) is null && _endpoint.FindRejected(key) is null && key != ModelKey)
            {
                string accepted = _endpoint.Parameters.Count == 0
                    ? "none"
                    : string.Join(", ", _endpoint.Parameters.Select(p => p.WireName));
                if (_endpoint.AllowsUnlistedParameters)
                {
                    Warning(key, ValidationCodes.UnknownParameter,
                        $"Parameter '{key}' is not known for any model of {WireValue.Endpoint(_endpoint.Endpoint)}; it is sent unchecked to {Model}. Known parameters: {accepted}.");
                    continue;
                }

                Error(key, ValidationCodes.UnknownParameter,
                    $"Unknown parameter '{key}' for {Where}. Accepted parameters: {accepted}.");
            }
        }
    }

    private void CheckRejected()
    {
        foreach (string key in _given.Keys)
        {
            if (_endpoint.FindParameter(key) is null && _endpoint.FindRejected(key) is { } rejected)
            {
                string code = string.IsNullOrEmpty(rejected.Code) ? "" : $" (API error '{rejected.Code}')";
                string reason = string.IsNullOrEmpty(rejected.Reason) ? "" : " " + rejected.Reason;
                Error(key, ValidationCodes.ParameterRejected,
                    $"Parameter '{key}' is not accepted by {Model}{code}.{reason}");
            }
        }
    }

    private void CheckRequired()
    {
        foreach (ParameterContract parameter in _endpoint.Parameters)
        {
            if (!parameter.Required)
            {
                continue;
            }

            bool missing = !_given.TryGetValue(parameter.WireName, out object? value)
                || (IsFileKind(parameter.Kind) && ValueReader.TryRead(parameter.Kind, value, out NormalizedValue files)
                    && files.Files!.Count == 0);
            if (missing)
            {
                Error(parameter.WireName, ValidationCodes.MissingRequired,
                    $"Missing required parameter '{parameter.WireName}' for {Where}.");
            }
        }
    }

    private void CheckTypes()
    {
        foreach (ParameterContract parameter in _endpoint.Parameters)
        {
            if (!_given.TryGetValue(parameter.WireName, out object? value))
            {
                continue;
            }

            if (ValueReader.TryRead(parameter.Kind, value, out NormalizedValue normalized))
            {
                _typed[parameter.WireName] = normalized;
            }
            else
            {
                Error(parameter.WireName, ValidationCodes.InvalidType,
                    $"Invalid type for '{parameter.WireName}' on {Model}: expected {ValueReader.Expected(parameter.Kind)}, got {ValueReader.DescribeMismatch(parameter.Kind, value)}.");
            }
        }
    }

    private void CheckConfirmed()
    {
        if (!_endpoint.Confirmed)
        {
            string note = string.IsNullOrEmpty(_endpoint.Note) ? "" : " " + _endpoint.Note;
            Warning(null, ValidationCodes.Unconfirmed,
                $"Support for the {WireValue.Endpoint(_endpoint.Endpoint)} endpoint on {Model} is UNCONFIRMED by the sources.{note}");
        }

        foreach (ParameterContract parameter in _endpoint.Parameters)
        {
            if (!parameter.Confirmed && _given.ContainsKey(parameter.WireName))
            {
                string note = string.IsNullOrEmpty(parameter.Note) ? "" : " " + parameter.Note;
                Warning(parameter.WireName, ValidationCodes.Unconfirmed,
                    $"Support for '{parameter.WireName}' on {Where} is UNCONFIRMED by the sources.{note}");
            }
        }
    }

    private static bool IsFileKind(ParameterKind kind) => kind >= ParameterKind.Image;
}
