using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ImageContracts.Generator.Diagnostics;
using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Shared;
using ImageContracts.Generator.Yaml;
using Microsoft.CodeAnalysis.Text;

namespace ImageContracts.Generator.Parsing;

/// <summary>
/// Turns spec files into a <see cref="SpecModel"/>: reads each file, merges them, then resolves
/// profiles and model inheritance. Knows nothing of Roslyn symbols or compilations.
/// </summary>
internal sealed partial class SpecParser
{
    private static readonly string[] TopLevelKeys = { "spec", "asOf", "sources", "endpoints", "parameters", "profiles", "models", "hostModels", "discrepancies", "batch" };

    /// <summary>The runtime knows how to send exactly these endpoints.</summary>

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly SpecLocations _locations = new();
    private readonly CancellationToken _cancellationToken;
    private readonly NodeBudget _budget = new();
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EndpointKindSpec> _endpointKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParameterDefinitionSpec> _parameterDefinitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlMapping> _profiles = new(StringComparer.Ordinal);

    private SpecParser(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    public static SpecParseResult Parse(IEnumerable<SpecFileText> files, CancellationToken cancellationToken)
    {
        var parser = new SpecParser(cancellationToken);
        SpecModel? model;
        try
        {
            model = parser.ParseFiles(files);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (SpecLimitExceededException ex)
        {
            parser._diagnostics.Add(ex.Diagnostic);
            model = null;
        }
        catch (Exception ex)
        {
            // Last line of defence: a generator must never take the compiler down with it.
            parser._diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.YamlSyntax, null, "The spec could not be read: " + ex.GetType().Name + ": " + ex.Message));
            model = null;
        }

        return new SpecParseResult(model, parser._diagnostics.ToEquatableArray(), parser._locations);
    }

    private SpecModel? ParseFiles(IEnumerable<SpecFileText> files)
    {
        YamlNode? merged = null;
        foreach (var file in files.OrderBy(f => f.Order).ThenBy(f => f.Path, StringComparer.Ordinal))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var root = YamlReader.Read(file.Path, SourceText.From(file.Text), _diagnostics, _budget, _cancellationToken);
            if (root is null || root is YamlScalar { IsNull: true })
            {
                continue;
            }

            if (root is not YamlMapping)
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, root.Location, "A spec file", "a mapping with keys such as 'models:' and 'parameters:'"));
                continue;
            }

            merged = merged is null ? root : YamlMerger.Merge(merged, root, _budget);
        }

        var top = merged is null ? null : new MapReader((YamlMapping)merged, "the spec", _diagnostics, TopLevelKeys);
        if (top is null || !top.Has("models"))
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.NoSpec, null));
            return null;
        }

        var asOf = top.Date("asOf") ?? string.Empty;
        ReadSources(top.Node("sources"));
        ReadEndpointKinds(top.Node("endpoints"));
        ReadParameterDefinitions(top.Node("parameters"));
        ReadProfiles(top.Node("profiles"));
        var models = ReadModels(top.Node("models"));
        var hosts = ReadHostModels(top.Node("hostModels"));
        ReadDiscrepancies(top.Node("discrepancies"));
        var batch = ReadBatch(top.Node("batch"));

        return new SpecModel(
            asOf,
            models.ToEquatableArray(),
            _endpointKinds.Values.ToEquatableArray(),
            _parameterDefinitions.Values.ToEquatableArray(),
            hosts,
            batch);
    }

    private void ReadSources(YamlNode? node)
    {
        var map = MapReader.Open(node, "sources", _diagnostics);
        if (map is null)
        {
            return;
        }

        foreach (var entry in map.Map.Entries)
        {
            _sources.Add(entry.Key.Value);
            MapReader.Open(entry.Value, $"source '{entry.Key.Value}'", _diagnostics, "title", "where", "date", "note");
        }
    }

    private void ReadEndpointKinds(YamlNode? node)
    {
        var map = MapReader.Open(node, "endpoints", _diagnostics);
        if (map is null)
        {
            return;
        }

        foreach (var entry in map.Map.Entries)
        {
            var id = entry.Key.Value;
            if (!EndpointIds.TryParse(id, out _))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.InvalidValue, entry.Key.Location, id, "endpoint id (" + string.Join(", ", EndpointIds.All) + ")", "endpoints"));
                continue;
            }

            var reader = MapReader.Open(entry.Value, $"endpoint '{id}'", _diagnostics,
                "name", "path", "body", "request", "defaultModel", "defaultModelWithGptParameters", "explicitModel", "note", "source");
            if (reader is null)
            {
                continue;
            }

            var body = reader.Scalar("body", required: true);
            if (body is not null && body.Value is not ("json" or "multipart" or "tool"))
            {
                reader.Invalid(body, "body kind (json, multipart or tool)", "body");
            }

            var request = reader.Scalar("request", required: true);
            if (request is not null && !Naming.IsValidIdentifier(request.Value))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.InvalidIdentifier, request.Location, request.Value, $"the request type of endpoint '{id}'"));
                continue;
            }

            _endpointKinds[id] = new EndpointKindSpec(
                id,
                reader.String("name") ?? id,
                reader.String("path", required: true) ?? string.Empty,
                body?.Value ?? "json",
                request?.Value ?? Naming.PascalCase(id) + "Request",
                reader.String("defaultModel"),
                reader.String("defaultModelWithGptParameters"),
                reader.Bool("explicitModel") ?? false,
                reader.Source(_sources));
        }
    }

    private void ReadParameterDefinitions(YamlNode? node)
    {
        var map = MapReader.Open(node, "parameters", _diagnostics);
        if (map is null)
        {
            return;
        }

        foreach (var entry in map.Map.Entries)
        {
            var id = entry.Key.Value;
            var reader = MapReader.Open(entry.Value, $"parameter '{id}'", _diagnostics, "type", "wire", "name", "doc", "note", "source");
            if (reader is null)
            {
                continue;
            }

            var type = reader.Scalar("type", required: true);
            if (type is not null && Array.IndexOf(ParameterTypes.All, type.Value) < 0)
            {
                reader.Invalid(type, "parameter type (" + string.Join(", ", ParameterTypes.All) + ")", "type");
            }

            var wire = reader.String("wire") ?? id;
            var nameNode = reader.Scalar("name");
            var name = nameNode?.Value ?? Naming.PascalCase(wire);
            if (!Naming.IsValidIdentifier(name))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.InvalidIdentifier, (nameNode ?? entry.Key).Location, name, $"parameter '{id}'"));
                continue;
            }

            _parameterDefinitions[id] = new ParameterDefinitionSpec(id, wire, name, type?.Value ?? ParameterTypes.String, reader.String("doc"), reader.Source(_sources));
        }
    }

    private void ReadProfiles(YamlNode? node)
    {
        var map = MapReader.Open(node, "profiles", _diagnostics);
        if (map is null)
        {
            return;
        }

        foreach (var entry in map.Map.Entries)
        {
            var reader = MapReader.Open(entry.Value, $"profile '{entry.Key.Value}'", _diagnostics, "doc", "parameters", "rejects", "rules", "note", "source");
            if (reader is not null)
            {
                _profiles[entry.Key.Value] = reader.Map;
            }
        }
    }

    private HostModelsSpec ReadHostModels(YamlNode? node)
    {
        var reader = MapReader.Open(node, "hostModels", _diagnostics, "models", "prefixes", "notHosts", "note", "conflict", "source");
        if (reader is null)
        {
            return new HostModelsSpec(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<HostLifecycleSpec>.Empty, null);
        }

        var lifecycles = new List<HostLifecycleSpec>();
        var models = ReadNamedList(reader.Node("models"), "hostModels.models", "id", (id, item) =>
        {
            if (item.Has("lifecycle"))
            {
                lifecycles.Add(new HostLifecycleSpec(id, ReadLifecycle(id, item.Node("lifecycle"))));
            }
        });
        var prefixes = ReadNamedList(reader.Node("prefixes"), "hostModels.prefixes", "prefix");
        if (reader.Node("notHosts") is YamlSequence notHosts)
        {
            foreach (var item in notHosts.Items)
            {
                MapReader.Open(item, "hostModels.notHosts item", _diagnostics, "family", "model", "note", "source")?.Source(_sources);
            }
        }

        return new HostModelsSpec(models.ToEquatableArray(), prefixes.ToEquatableArray(), lifecycles.ToEquatableArray(), reader.Note());
    }

    /// <summary>Reads <c>[a, b]</c> or <c>[{id: a, source: X}, ...]</c>; <paramref name="readMore"/> reads further keys of an entry.</summary>
    private List<string> ReadNamedList(YamlNode? node, string context, string key, Action<string, MapReader>? readMore = null)
    {
        var names = new List<string>();
        if (node is null)
        {
            return names;
        }

        if (node is not YamlSequence sequence)
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, node.Location, context, "a list"));
            return names;
        }

        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar scalar)
            {
                names.Add(scalar.Value);
                continue;
            }

            var keys = readMore is null
                ? new[] { key, "note", "conflict", "confirmed", "source" }
                : new[] { key, "lifecycle", "note", "conflict", "confirmed", "source" };
            var reader = MapReader.Open(item, context + " item", _diagnostics, keys);
            var name = reader?.String(key, required: true);
            reader?.Source(_sources);
            if (name is not null)
            {
                names.Add(name);
                readMore?.Invoke(name, reader!);
            }
        }

        return names;
    }

    private void ReadDiscrepancies(YamlNode? node)
    {
        if (node is null)
        {
            return;
        }

        if (node is not YamlSequence sequence)
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, node.Location, "discrepancies", "a list"));
            return;
        }

        foreach (var item in sequence.Items)
        {
            var reader = MapReader.Open(item, "discrepancy", _diagnostics, "id", "seed", "claimBy", "claim", "fact", "follows", "note", "source");
            if (reader is null)
            {
                continue;
            }

            reader.String("id", required: true);
            reader.String("fact", required: true);
            reader.Source(_sources);
        }
    }
}
