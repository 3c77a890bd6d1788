using System;
using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Diagnostics;
using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Yaml;

namespace ImageContracts.Generator.Parsing;

internal sealed partial class SpecParser
{
    private static readonly string[] ModelEndpointKeys =
        { "profile", "parameters", "remove", "removeRules", "rejects", "rules", "status", "confirmed", "note", "conflict", "source" };

    private EndpointSpec? ReadModelEndpoint(string modelId, EndpointKindSpec kind, YamlNode node)
    {
        var context = $"'{modelId}' endpoint '{kind.Id}'";
        var reader = MapReader.Open(node, context, _diagnostics, ModelEndpointKeys);
        if (reader is null)
        {
            return null;
        }

        YamlMapping? profile = null;
        var profileName = reader.Scalar("profile");
        if (profileName is not null && !_profiles.TryGetValue(profileName.Value, out profile))
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.UnknownReference, profileName.Location, "Profile", profileName.Value, MapReader.Preview(_profiles.Keys)));
        }
        else if (profile is not null)
        {
            // Each use reads the whole profile again.
            _budget.Charge(profile.Size, profileName!.Location, $"profile '{profileName.Value}' is applied");
        }

        // Parameter constraints: the profile's, then the model's merged over them, minus `remove`.
        var constraints = new List<KeyValuePair<YamlScalar, YamlNode>>();
        AddConstraints(constraints, profile?["parameters"], $"parameters of profile '{profileName?.Value}'");
        AddConstraints(constraints, reader.Node("parameters"), $"parameters of {context}");
        foreach (var removed in reader.Scalars("remove"))
        {
            if (constraints.RemoveAll(c => c.Key.Value == removed.Value) == 0)
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.UnknownReference, removed.Location, "Parameter", removed.Value, MapReader.Preview(constraints.Select(c => c.Key.Value))));
            }
        }

        var parameters = new List<ParameterSpec>();
        foreach (var constraint in constraints)
        {
            if (!_parameterDefinitions.TryGetValue(constraint.Key.Value, out var definition))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.UnknownReference, constraint.Key.Location, "Parameter", constraint.Key.Value, MapReader.Preview(_parameterDefinitions.Keys)));
                continue;
            }

            if (parameters.Any(p => p.Wire == definition.Wire))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.DuplicateName, constraint.Key.Location, $"Wire parameter of {context}", definition.Wire));
                continue;
            }

            parameters.Add(ReadParameter(definition, constraint.Value, $"'{definition.Id}' of {context}"));
            _locations.AddParameter(modelId, kind.Id, definition.Wire, constraint.Key.Location);
        }

        var rejects = new List<RejectSpec>();
        ReadRejects(rejects, profile?["rejects"], parameters);
        ReadRejects(rejects, reader.Node("rejects"), parameters);

        var rules = new List<RuleSpec>();
        ReadRules(rules, profile?["rules"], parameters, context, modelId, kind.Id);
        ReadRules(rules, reader.Node("rules"), parameters, context, modelId, kind.Id);
        foreach (var removed in reader.Scalars("removeRules"))
        {
            if (rules.RemoveAll(r => r.Id == removed.Value) == 0)
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.UnknownReference, removed.Location, "Rule", removed.Value, MapReader.Preview(rules.Select(r => r.Id))));
            }
        }

        var confirmed = reader.Bool("confirmed") ?? true;
        var status = reader.Scalar("status");
        if (status is not null)
        {
            if (status.Value == "unconfirmed")
            {
                confirmed = false;
            }
            else if (status.Value != "confirmed")
            {
                reader.Invalid(status, "endpoint status (confirmed or unconfirmed)", "status");
            }
        }

        return new EndpointSpec(kind, confirmed, reader.Note(), parameters.ToEquatableArray(), rejects.ToEquatableArray(), rules.ToEquatableArray(), reader.Source(_sources));
    }

    private void AddConstraints(List<KeyValuePair<YamlScalar, YamlNode>> constraints, YamlNode? node, string context)
    {
        var map = MapReader.Open(node, context, _diagnostics);
        if (map is null)
        {
            return;
        }

        foreach (var entry in map.Map.Entries)
        {
            var index = constraints.FindIndex(c => c.Key.Value == entry.Key.Value);
            if (index < 0)
            {
                constraints.Add(entry);
            }
            else
            {
                constraints[index] = new KeyValuePair<YamlScalar, YamlNode>(constraints[index].Key, YamlMerger.Merge(constraints[index].Value, entry.Value, _budget));
            }
        }
    }

    private void ReadRejects(List<RejectSpec> rejects, YamlNode? node, List<ParameterSpec> parameters)
    {
        var map = MapReader.Open(node, "rejects", _diagnostics);
        if (map is null)
        {
            return;
        }

        foreach (var entry in map.Map.Entries)
        {
            var wire = _parameterDefinitions.TryGetValue(entry.Key.Value, out var definition) ? definition.Wire : entry.Key.Value;
            if (parameters.Any(p => p.Wire == wire))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.DuplicateName, entry.Key.Location, "Parameter both accepted and rejected", wire));
                continue;
            }

            var reader = MapReader.Open(entry.Value, $"reject '{wire}'", _diagnostics, "code", "reason", "note", "conflict", "confirmed", "source");
            rejects.RemoveAll(r => r.Wire == wire);
            rejects.Add(new RejectSpec(wire, reader?.String("code") ?? "unknown_parameter", reader?.String("reason") ?? reader?.Note(), reader?.Source(_sources) ?? string.Empty));
        }
    }
}
