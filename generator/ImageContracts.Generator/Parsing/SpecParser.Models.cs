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
    private static readonly string[] ModelKeys =
        { "type", "displayName", "family", "doc", "aliases", "extends", "lifecycle", "endpoints", "pricing", "note", "conflict", "confirmed", "source" };

    /// <summary>What <c>extends</c> copies from the base model; identity and lifecycle stay the model's own.</summary>
    private static readonly string[] InheritedKeys = { "family", "endpoints", "pricing" };

    private List<ModelSpec> ReadModels(YamlNode? node)
    {
        var models = new List<ModelSpec>();
        var map = MapReader.Open(node, "models", _diagnostics);
        if (map is null)
        {
            return models;
        }

        var raw = map.Map.Entries.ToDictionary(e => e.Key.Value, e => e, StringComparer.Ordinal);
        var resolved = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var typeNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(raw.Keys, StringComparer.Ordinal);

        foreach (var entry in map.Map.Entries)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var id = entry.Key.Value;
            var modelNode = Resolve(id, raw, resolved, new List<string>());
            var model = ReadModel(entry.Key, modelNode, ids);
            if (model is null)
            {
                continue;
            }

            if (typeNames.TryGetValue(model.TypeName, out var other))
            {
                var typeNode = (modelNode as YamlMapping)?["type"] ?? entry.Key;
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.DuplicateName, typeNode.Location, "C# type name", model.TypeName + $" (models '{other}' and '{id}')"));
                continue;
            }

            typeNames[model.TypeName] = id;
            models.Add(model);
        }

        return models;
    }

    /// <summary>Applies <c>extends</c>: the base's inherited keys first, the model's own entries merged over them.</summary>
    private YamlNode Resolve(string id, Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> raw, Dictionary<string, YamlNode> resolved, List<string> chain)
    {
        if (resolved.TryGetValue(id, out var done))
        {
            return done;
        }

        var own = raw[id].Value;
        if (own is not YamlMapping ownMap || ownMap["extends"] is not YamlScalar { IsNull: false } extends)
        {
            return resolved[id] = own;
        }

        if (chain.Contains(id) || extends.Value == id)
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.ExtendsCycle, extends.Location, id, string.Join(" → ", chain.Concat(new[] { id, extends.Value }))));
            return resolved[id] = own;
        }

        if (!raw.ContainsKey(extends.Value))
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.UnknownReference, extends.Location, "Model", extends.Value, MapReader.Preview(raw.Keys)));
            return resolved[id] = own;
        }

        chain.Add(id);
        var baseNode = Resolve(extends.Value, raw, resolved, chain);
        chain.Remove(id);
        if (baseNode is not YamlMapping baseMap)
        {
            return resolved[id] = own;
        }

        var inherited = new YamlMapping(baseMap.Location, baseMap.Entries.Where(e => Array.IndexOf(InheritedKeys, e.Key.Value) >= 0).ToList());
        return resolved[id] = YamlMerger.Merge(inherited, ownMap);
    }

    private ModelSpec? ReadModel(YamlScalar key, YamlNode node, HashSet<string> modelIds)
    {
        var id = key.Value;
        var reader = MapReader.Open(node, $"model '{id}'", _diagnostics, ModelKeys);
        if (reader is null)
        {
            return null;
        }

        var typeNode = reader.Scalar("type", required: true);
        var typeName = typeNode?.Value ?? Naming.PascalCase(id);
        if (!Naming.IsValidIdentifier(typeName))
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.InvalidIdentifier, (typeNode ?? key).Location, typeName, $"model '{id}'"));
            return null;
        }

        var family = reader.Scalar("family", required: true);
        if (family is not null && family.Value is not ("gpt-image" or "dall-e"))
        {
            reader.Invalid(family, "model family (gpt-image or dall-e)", "family");
        }

        var aliases = reader.Scalars("aliases").Select(a => a.Value).ToList();
        foreach (var alias in reader.Scalars("aliases").Where(a => modelIds.Contains(a.Value)))
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.DuplicateName, alias.Location, "Model id", alias.Value));
        }

        reader.Source(_sources);
        var endpoints = ReadModelEndpoints(id, key, reader.Node("endpoints"));
        var pricing = ReadPricing(id, reader.Node("pricing"), endpoints);

        return new ModelSpec(
            id,
            typeName,
            reader.String("displayName") ?? id,
            family?.Value ?? "gpt-image",
            reader.String("doc") ?? reader.Note(),
            aliases.ToEquatableArray(),
            ReadLifecycle(id, reader.Node("lifecycle")),
            endpoints.ToEquatableArray(),
            pricing);
    }

    /// <summary>
    /// Reads <c>lifecycle:</c> of an image model or a host model. <c>replacement</c> is one id or a list; it may name
    /// models the spec does not describe (host replacements are mainline models), so it is not checked against them.
    /// </summary>
    private LifecycleSpec ReadLifecycle(string modelId, YamlNode? node)
    {
        var reader = MapReader.Open(node, $"lifecycle of '{modelId}'", _diagnostics,
            "released", "deprecated", "shutdown", "replacement", "status", "confirmed", "note", "conflict", "source");
        if (reader is null)
        {
            return LifecycleSpec.None;
        }

        return new LifecycleSpec(
            reader.Date("released"),
            reader.Date("deprecated"),
            reader.Date("shutdown"),
            reader.Bool("confirmed") ?? true,
            reader.Note(),
            reader.Source(_sources),
            reader.Scalars("replacement").Select(r => r.Value).ToEquatableArray());
    }

    private List<EndpointSpec> ReadModelEndpoints(string modelId, YamlScalar modelKey, YamlNode? node)
    {
        var endpoints = new List<EndpointSpec>();
        var map = MapReader.Open(node, $"endpoints of '{modelId}'", _diagnostics);
        if (map is null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.MissingKey, (node ?? modelKey).Location, $"model '{modelId}'", "endpoints"));
            return endpoints;
        }

        foreach (var entry in map.Map.Entries)
        {
            if (!_endpointKinds.TryGetValue(entry.Key.Value, out var kind))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.UnknownReference, entry.Key.Location, "Endpoint", entry.Key.Value, MapReader.Preview(_endpointKinds.Keys)));
                continue;
            }

            var endpoint = ReadModelEndpoint(modelId, kind, entry.Value);
            if (endpoint is not null)
            {
                endpoints.Add(endpoint);
            }
        }

        return endpoints;
    }
}
