using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Diagnostics;
using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Shared;
using ImageContracts.Generator.Yaml;

namespace ImageContracts.Generator.Parsing;

internal sealed partial class SpecParser
{
    private static readonly string[] RuleKeys = { "id", "severity", "kind", "when", "require", "parameters", "message", "confirmed", "note", "conflict", "source" };

    private void ReadRules(List<RuleSpec> rules, YamlNode? node, List<ParameterSpec> parameters, string context, string modelId, string endpointId)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return;
        }

        if (node is not YamlSequence sequence)
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, node.Location, $"rules of {context}", "a list"));
            return;
        }

        foreach (var item in sequence.Items)
        {
            var reader = MapReader.Open(item, $"a rule of {context}", _diagnostics, RuleKeys);
            var id = reader?.Scalar("id", required: true);
            if (reader is null || id is null)
            {
                continue;
            }

            var severity = reader.Scalar("severity");
            if (severity is not null && severity.Value is not ("error" or "warning"))
            {
                reader.Invalid(severity, "severity (error or warning)", "severity");
            }

            var kind = reader.Scalar("kind");
            if (kind is not null && kind.Value is not ("condition" or "same-dimensions" or "same-format"))
            {
                reader.Invalid(kind, "rule kind (condition, same-dimensions or same-format)", "kind");
                continue;
            }

            var ruleContext = $"rule '{id.Value}' of {context}";
            var when = ReadConditions(reader.Node("when"), parameters, id.Value, ruleContext);
            var require = ReadConditions(reader.Node("require"), parameters, id.Value, ruleContext);
            var related = reader.Scalars("parameters");
            foreach (var name in related)
            {
                CheckRuleParameter(name, parameters, id.Value, context);
            }

            var ruleKind = kind?.Value switch
            {
                "same-dimensions" => RuleKind.SameDimensions,
                "same-format" => RuleKind.SameFormat,
                _ => RuleKind.Condition,
            };
            if (ruleKind == RuleKind.Condition && require.Count == 0)
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.MissingKey, reader.Map.Location, ruleContext, "require"));
            }

            if (ruleKind != RuleKind.Condition && related.Count < 2)
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.MissingKey, reader.Map.Location, ruleContext, "parameters (two or more)"));
            }

            rules.RemoveAll(r => r.Id == id.Value);
            _locations.AddRule(modelId, endpointId, id.Value, reader.Map.Location);
            rules.Add(new RuleSpec(
                id.Value,
                severity?.Value == "warning" ? RuleSeverity.Warning : RuleSeverity.Error,
                ruleKind,
                when.ToEquatableArray(),
                require.ToEquatableArray(),
                related.Select(r => WireOf(r.Value)).ToEquatableArray(),
                reader.String("message", required: true) ?? id.Value,
                reader.Source(_sources)));
        }
    }

    private List<ConditionSpec> ReadConditions(YamlNode? node, List<ParameterSpec> parameters, string ruleId, string context)
    {
        var conditions = new List<ConditionSpec>();
        var map = MapReader.Open(node, $"conditions of {context}", _diagnostics);
        if (map is null)
        {
            return conditions;
        }

        foreach (var entry in map.Map.Entries)
        {
            var parameter = CheckRuleParameter(entry.Key, parameters, ruleId, context);
            var wire = WireOf(entry.Key.Value);
            switch (entry.Value)
            {
                case YamlScalar { Value: "present" or "absent" } scalar when !scalar.IsQuoted:
                    conditions.Add(new ConditionSpec(wire, scalar.Value == "present" ? ConditionTest.Present : ConditionTest.Absent, EquatableArray<string>.Empty, null, null, null));
                    break;
                case YamlScalar { Value: "true" or "false" } scalar when !scalar.IsQuoted:
                    conditions.Add(new ConditionSpec(wire, ConditionTest.Equals, EquatableArray<string>.Empty, null, null, scalar.Value == "true"));
                    break;
                case YamlScalar scalar:
                    CheckConditionValues(new[] { scalar }, parameter);
                    conditions.Add(new ConditionSpec(wire, ConditionTest.OneOf, new[] { scalar.Value }.ToEquatableArray(), null, null, null));
                    break;
                case YamlSequence sequence:
                    var values = sequence.Items.OfType<YamlScalar>().ToList();
                    CheckConditionValues(values, parameter);
                    conditions.Add(new ConditionSpec(wire, ConditionTest.OneOf, values.Select(v => v.Value).ToEquatableArray(), null, null, null));
                    break;
                case YamlMapping:
                    var range = new MapReader((YamlMapping)entry.Value, $"range of {context}", _diagnostics, "min", "max");
                    conditions.Add(new ConditionSpec(wire, ConditionTest.Range, EquatableArray<string>.Empty, range.Long("min"), range.Long("max"), null));
                    break;
            }
        }

        return conditions;
    }

    private ParameterSpec? CheckRuleParameter(YamlScalar name, List<ParameterSpec> parameters, string ruleId, string context)
    {
        var wire = WireOf(name.Value);
        var parameter = parameters.FirstOrDefault(p => p.Wire == wire);
        if (parameter is null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.RuleUnknownParameter, name.Location, ruleId, name.Value, context,
                string.Join(", ", parameters.Select(p => p.Wire))));
        }

        return parameter;
    }

    private void CheckConditionValues(IEnumerable<YamlScalar> values, ParameterSpec? parameter)
    {
        if (parameter is null || parameter.Values.IsEmpty)
        {
            return;
        }

        foreach (var value in values)
        {
            if (parameter.Values.All(v => v.Value != value.Value))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.InvalidValue, value.Location, value.Value,
                    "value (allowed: " + string.Join(", ", parameter.Values.Select(v => v.Value)) + ")", parameter.Wire));
            }
        }
    }

    /// <summary>Rules may name a parameter by its spec id (<c>mask_ref</c>) or its wire name (<c>mask</c>).</summary>
    private string WireOf(string name) => _parameterDefinitions.TryGetValue(name, out var definition) ? definition.Wire : name;
}
