using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>
/// One validation of request values against an <see cref="EndpointContract"/>: the checks run in the order
/// <see cref="ContractValidator"/> documents and every finding is collected. The checks live in the partial files
/// beside this one, one concern each: parameters, values, ranges, sizes, files, rules, lifecycle.
/// </summary>
internal sealed partial class ValidationRun
{
    private readonly EndpointContract _endpoint;
    private readonly Dictionary<string, object> _given;
    private readonly Dictionary<string, NormalizedValue> _typed = new(StringComparer.Ordinal);
    private readonly List<ValidationFinding> _findings = new();

    public ValidationRun(EndpointContract endpoint, Dictionary<string, object> given)
    {
        _endpoint = endpoint;
        _given = given;
    }

    private string Model => _endpoint.Model;

    private string Where => _endpoint.Model + " " + WireValue.Endpoint(_endpoint.Endpoint);

    public ValidationResult Execute(ModelLifecycle? lifecycle, string? hostModel, HostModelPolicy? hosts, ValidationOptions options)
    {
        CheckUnknown();
        CheckRejected();
        CheckRequired();
        CheckTypes();
        CheckAllowedValues();
        CheckValueStatus();
        CheckRanges();
        CheckLengths();
        CheckSizes();
        CheckFiles();
        CheckConditionRules();
        CheckRelationRules();
        CheckConfirmed();
        DateOnly today = options.Today;
        if (lifecycle is not null)
        {
            CheckLifecycle(null, Model, lifecycle, today, options.RetiredModelSeverity);
        }

        CheckHost(hostModel, hosts, today, options.RetiredModelSeverity);
        return new ValidationResult(_findings);
    }

    private void Error(string? parameter, string code, string message) =>
        _findings.Add(new ValidationFinding(parameter, code, message, RuleSeverity.Error));

    private void Warning(string? parameter, string code, string message) =>
        _findings.Add(new ValidationFinding(parameter, code, message, RuleSeverity.Warning));

    private IEnumerable<(ParameterContract Parameter, NormalizedValue Value)> Typed()
    {
        foreach (ParameterContract parameter in _endpoint.Parameters)
        {
            if (_typed.TryGetValue(parameter.WireName, out NormalizedValue? value))
            {
                yield return (parameter, value);
            }
        }
    }
}
