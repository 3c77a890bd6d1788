using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ImageContracts;

/// <summary>The spec's rules: conditions over values (with parameter defaults) and relations between images.</summary>
internal sealed partial class ValidationRun
{
    private void CheckConditionRules()
    {
        foreach (RuleContract rule in _endpoint.Rules)
        {
            if (rule.Kind == RuleKind.Condition && RuleLogic.IsViolated(rule.When, rule.Require, Holds, out RuleCondition? failed) == true)
            {
                _findings.Add(new ValidationFinding(failed!.Parameter, ValidationCodes.RulePrefix + rule.Id, RuleMessage(rule), rule.Severity));
            }
        }
    }

    private static string RuleMessage(RuleContract rule) =>
        string.IsNullOrEmpty(rule.Message) ? "Rule '" + rule.Id + "' is violated." : rule.Message;

    // Every value is known at run time: the engine's answer is never null here.
    private bool? Holds(RuleCondition condition)
    {
        NormalizedValue? effective = Effective(condition.Parameter);
        object? value = (object?)effective?.Boolean ?? (object?)effective?.Integer ?? effective?.Text;
        return RuleLogic.Holds(condition.Test, _given.ContainsKey(condition.Parameter), known: true, value,
            condition.Values, condition.Minimum, condition.Maximum, condition.Boolean);
    }

    // The given value when it has the right type, else the parameter default.
    private NormalizedValue? Effective(string wire)
    {
        if (_typed.TryGetValue(wire, out NormalizedValue? value))
        {
            return value;
        }

        if (_given.ContainsKey(wire))
        {
            return null; // given with the wrong type: already reported, do not fall back to the default
        }

        return _endpoint.FindParameter(wire) is { } parameter ? ValueReader.ReadDefault(parameter) : null;
    }

    private void CheckRelationRules()
    {
        foreach (RuleContract rule in _endpoint.Rules)
        {
            if (rule.Kind == RuleKind.Condition || rule.Parameters.Count < 2)
            {
                continue;
            }

            string reference = rule.Parameters[0];
            if (FirstReadable(reference) is not ImageInfo first)
            {
                continue;
            }

            var details = new List<string>();
            for (int i = 1; i < rule.Parameters.Count; i++)
            {
                string other = rule.Parameters[i];
                if (FirstReadable(other) is not ImageInfo second)
                {
                    continue;
                }

                if (rule.Kind == RuleKind.SameDimensions && (first.Width != second.Width || first.Height != second.Height))
                {
                    details.Add(string.Create(CultureInfo.InvariantCulture,
                        $"'{reference}' is {first.Width}x{first.Height}, '{other}' is {second.Width}x{second.Height}"));
                }
                else if (rule.Kind == RuleKind.SameFormat && first.Format != second.Format)
                {
                    details.Add($"'{reference}' is {WireValue.Format(first.Format)}, '{other}' is {WireValue.Format(second.Format)}");
                }
            }

            if (details.Count > 0)
            {
                _findings.Add(new ValidationFinding(reference, ValidationCodes.RulePrefix + rule.Id,
                    RuleMessage(rule) + " (" + string.Join("; ", details) + ")", rule.Severity));
            }
        }
    }

    private ImageInfo? FirstReadable(string wire) =>
        _typed.TryGetValue(wire, out NormalizedValue? value) && value.Files is { Count: > 0 } files
            && files[0].Info is ImageInfo info && info.IsValid
            ? info
            : null;
}
