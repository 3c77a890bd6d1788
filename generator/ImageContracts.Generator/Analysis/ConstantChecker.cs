using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ImageContracts.Generator.Binding;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Shared;
using Microsoft.CodeAnalysis;

namespace ImageContracts.Generator.Analysis;

/// <summary>
/// Judges the constant parameters of one request against a model's endpoint contract. It reports only
/// what is certain: a value that is not a constant makes every check that needs it stand aside.
/// </summary>
internal sealed class ConstantChecker
{
    private readonly ModelSpec _model;
    private readonly EndpointSpec _endpoint;
    private readonly IReadOnlyDictionary<string, AssignedValue> _values;
    private readonly RequestTarget? _target;
    private readonly RequestIndex _index;
    private readonly Action<Diagnostic> _report;

    /// <summary>In a <c>with</c> expression, parameters not assigned there keep unknown values.</summary>
    private readonly bool _partial;

    public ConstantChecker(ModelSpec model, EndpointSpec endpoint, IReadOnlyDictionary<string, AssignedValue> values, RequestTarget? target, RequestIndex index, bool partial, Action<Diagnostic> report)
    {
        _model = model;
        _endpoint = endpoint;
        _values = values;
        _target = target;
        _index = index;
        _partial = partial;
        _report = report;
    }

    public void CheckAll()
    {
        foreach (var value in _values.Values)
        {
            if (value.Wire != "model" && !value.IsImplied)
            {
                CheckValue(value);
            }
        }

        foreach (var rule in _endpoint.Rules.Where(r => r.Kind == RuleKind.Condition))
        {
            CheckRule(rule);
        }
    }

    private void CheckValue(AssignedValue value)
    {
        var parameter = _endpoint.Parameters.FirstOrDefault(p => p.Wire == value.Wire);
        if (parameter is null)
        {
            if (value.IsPresent)
            {
                var reject = _endpoint.Rejects.FirstOrDefault(r => r.Wire == value.Wire);
                var reason = reject?.Reason is { } text ? ": " + text : ".";
                Report(AnalyzerDiagnostics.ParameterNotAccepted, value.Location, null, Props(FixProperties.Remove, "true"), _model.Id, value.Wire, _endpoint.Kind.Name, reason);
            }

            return;
        }

        if (!value.IsKnown || value.Constant is null)
        {
            return;
        }

        var yaml = _index.Locations.Parameter(_model.Id, _endpoint.Kind.Id, parameter.Wire);
        switch (value.Constant)
        {
            case string text when !parameter.Values.IsEmpty || parameter.FreeForm is not null:
                CheckChoice(value, parameter, text, yaml);
                break;
            case string text when parameter.MaxLength is int max && ParameterLimits.TooLong(text, max):
                Report(AnalyzerDiagnostics.TooLong, value.Location, yaml, null, _model.Id, parameter.Wire, text.Length.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
                break;
            case long number when !ParameterLimits.InRange(number, parameter.Minimum, parameter.Maximum):
                var clamped = Math.Max(parameter.Minimum ?? number, Math.Min(parameter.Maximum ?? number, number));
                Report(AnalyzerDiagnostics.OutOfRange, value.Location, yaml, Props(FixProperties.ReplaceWith, clamped.ToString(CultureInfo.InvariantCulture)),
                    _model.Id, parameter.Wire, number.ToString(CultureInfo.InvariantCulture), Bound(parameter.Minimum), Bound(parameter.Maximum));
                break;
        }
    }

    private void CheckChoice(AssignedValue value, ParameterSpec parameter, string text, Diagnostics.LocationInfo? yaml)
    {
        var listed = parameter.Values.FirstOrDefault(v => v.Value == text);
        if (listed is not null)
        {
            if (listed.Status == "preview")
            {
                Report(AnalyzerDiagnostics.PreviewValue, value.Location, yaml, null, _model.Id, parameter.Wire, text, listed.Note is null ? "." : ": " + listed.Note);
            }

            return;
        }

        if (parameter.FreeForm is { } free && SizeText.TryParse(text, out var width, out var height))
        {
            var problems = free.Problems(width, height);
            if (problems.Count > 0)
            {
                var nearestSize = NearestValue.NearestSize(width, height, parameter.Values.Select(v => v.Value).ToList(), free);
                Report(AnalyzerDiagnostics.InvalidSize, value.Location, yaml, nearestSize is null ? null : Props(FixProperties.ReplaceWith, CSharpNames.StringLiteral(nearestSize)),
                    _model.Id, text, string.Join("; ", problems));
            }

            return;
        }

        var nearest = NearestValue.For(text, parameter.Wire, parameter.Values.Select(v => v.Value).ToList(), _index.Spec);
        var allowed = string.Join(", ", parameter.Values.Select(v => v.Value)) + (parameter.FreeForm is null ? string.Empty : ", or WIDTHxHEIGHT within the model's size rules");
        Report(AnalyzerDiagnostics.ValueNotAllowed, value.Location, yaml, nearest is null ? null : Props(FixProperties.ReplaceWith, CSharpNames.StringLiteral(nearest)),
            _model.Id, parameter.Wire, text, allowed);
    }

    private void CheckRule(RuleSpec rule)
    {
        if (RuleLogic.IsViolated(rule.When, rule.Require, Evaluate, out var failing) != true)
        {
            return;
        }

        var at = _values.TryGetValue(failing!.Parameter, out var required) ? required
            : rule.When.Select(c => _values.TryGetValue(c.Parameter, out var v) ? v : null).FirstOrDefault(v => v is not null);
        if (at is null)
        {
            return;
        }

        var descriptor = rule.Severity == RuleSeverity.Warning ? AnalyzerDiagnostics.RuleAdvice : AnalyzerDiagnostics.RuleViolated;
        var fix = at.IsImplied ? null : RemovalFor(rule) ?? FixFor(failing);
        Report(descriptor, at.Location, _index.Locations.Rule(_model.Id, _endpoint.Kind.Id, rule.Id), fix, _model.Id, rule.Id, rule.Message);
    }

    /// <summary>The shared engine's answer; null when a value the condition needs is not known at compile time
    /// (in a <c>with</c> expression, a parameter not assigned there is not known either).</summary>
    private bool? Evaluate(ConditionSpec condition)
    {
        _values.TryGetValue(condition.Parameter, out var assigned);
        if (assigned is null && _partial)
        {
            return null;
        }

        if (assigned is { IsKnown: false, IsPresent: false })
        {
            return null; // a nullable value computed at run time: not even its presence is known
        }

        var given = assigned is not null && assigned.IsPresent;
        var known = assigned is null || assigned.IsKnown;
        var effective = assigned?.Constant ?? (given ? null : Default(_endpoint.Parameters.FirstOrDefault(p => p.Wire == condition.Parameter)));
        return RuleLogic.Holds(condition.Test, given, known, effective, condition.Values, condition.Minimum, condition.Maximum, condition.Boolean);
    }

    private static object? Default(ParameterSpec? parameter)
    {
        if (parameter?.Default is not { } text)
        {
            return null;
        }

        return parameter.Type switch
        {
            ParameterTypes.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null,
            ParameterTypes.Boolean => text == "true",
            _ => text,
        };
    }

    /// <summary>
    /// For a rule that only the presence of a parameter triggers (output_compression needs jpeg or webp), the
    /// fix removes that parameter: what the rule forbids, rather than changing another choice (the format).
    /// </summary>
    private ImmutableDictionary<string, string?>? RemovalFor(RuleSpec rule)
    {
        if (rule.When.Count != 1 || rule.When[0].Test != ConditionTest.Present || !_values.TryGetValue(rule.When[0].Parameter, out var trigger) || !trigger.IsPresent)
        {
            return null;
        }

        var wire = rule.When[0].Parameter;
        if (_target is null)
        {
            return Props(FixProperties.RemoveKey, wire);
        }

        return _target.PropertyFor(wire) is { } property ? Props(FixProperties.RemoveProperty, property) : null;
    }

    /// <summary>A fix that sets the failing parameter to the first value the rule requires.</summary>
    private ImmutableDictionary<string, string?>? FixFor(ConditionSpec failing)
    {
        string? expression = failing.Test switch
        {
            ConditionTest.OneOf when failing.Values.Count > 0 => ValueExpression(failing.Parameter, failing.Values[0]),
            ConditionTest.Equals when failing.Boolean is bool flag => flag ? "true" : "false",
            _ => null,
        };
        if (expression is null)
        {
            return null;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder[FixProperties.SetValue] = expression;
        if (_target is null)
        {
            builder[FixProperties.SetKey] = failing.Parameter;
        }
        else if (_target.PropertyFor(failing.Parameter) is { } property)
        {
            builder[FixProperties.SetProperty] = property;
        }
        else
        {
            return null;
        }

        return builder.ToImmutable();
    }

    private string ValueExpression(string wire, string value)
    {
        if (_target is { IsLoose: false } && _target.ValueTypes.TryGetValue(wire, out var type))
        {
            var member = _endpoint.Parameters.First(p => p.Wire == wire).Values.FirstOrDefault(v => v.Value == value)?.MemberName;
            if (member is not null)
            {
                return $"{type}.{member}";
            }
        }

        return CSharpNames.StringLiteral(value);
    }

    private static string Bound(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "any";

    private static ImmutableDictionary<string, string?> Props(string key, string value) => ImmutableDictionary<string, string?>.Empty.Add(key, value);

    private void Report(DiagnosticDescriptor descriptor, Location location, Diagnostics.LocationInfo? yaml, ImmutableDictionary<string, string?>? properties, params object[] arguments)
        => _report(Diagnostic.Create(descriptor, location, yaml is null ? null : new[] { yaml.ToLocation() }, properties, arguments));
}
