using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImageContracts.Generator.Diagnostics;
using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Yaml;

namespace ImageContracts.Generator.Parsing;

internal sealed partial class SpecParser
{
    private static readonly string[] ConstraintKeys =
        { "required", "values", "default", "min", "max", "minLength", "maxLength", "freeForm", "file", "status", "confirmed", "note", "conflict", "doc", "source" };

    private static readonly string[] ImageFormats = { "png", "jpeg", "webp", "gif" };

    private ParameterSpec ReadParameter(ParameterDefinitionSpec definition, YamlNode node, string context)
    {
        var reader = MapReader.Open(node, context, _diagnostics, ConstraintKeys);
        if (reader is null)
        {
            return new ParameterSpec(definition.Wire, definition.Name, definition.Type, definition.Doc, false, null,
                EquatableArray<ValueSpec>.Empty, null, null, null, null, null, null, true, null, definition.Source);
        }

        var values = ReadValues(reader, context);
        var minimum = reader.Long("min");
        var maximum = reader.Long("max");
        if (minimum > maximum)
        {
            reader.Invalid(reader.Scalar("min")!, $"minimum (it exceeds max {maximum})", "min");
        }

        var defaultNode = reader.Scalar("default");
        var defaultValue = defaultNode?.Value;
        if (defaultNode is not null)
        {
            CheckDefault(definition, defaultNode, values, minimum, maximum, reader);
        }

        var confirmed = reader.Bool("confirmed") ?? true;
        var status = reader.Scalar("status");
        if (status is not null)
        {
            if (status.Value == "unconfirmed")
            {
                confirmed = false;
            }
            else if (status.Value is not ("confirmed" or "preview"))
            {
                reader.Invalid(status, "parameter status (confirmed, unconfirmed or preview)", "status");
            }
        }

        return new ParameterSpec(
            definition.Wire,
            definition.Name,
            definition.Type,
            reader.String("doc") ?? definition.Doc,
            reader.Bool("required") ?? false,
            defaultValue,
            values.ToEquatableArray(),
            minimum,
            maximum,
            reader.Int("minLength"),
            reader.Int("maxLength"),
            ReadFreeForm(reader.Node("freeForm"), context),
            ReadFile(reader.Node("file"), context),
            confirmed,
            reader.Note(),
            reader.Has("source") ? reader.Source(_sources) : definition.Source);
    }

    private List<ValueSpec> ReadValues(MapReader reader, string context)
    {
        var values = new List<ValueSpec>();
        var node = reader.Node("values");
        if (node is null)
        {
            return values;
        }

        if (node is not YamlSequence sequence)
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, node.Location, $"values of {context}", "a list"));
            return values;
        }

        foreach (var item in sequence.Items)
        {
            YamlScalar? valueNode;
            YamlScalar? nameNode = null;
            string status = "supported";
            string? note = null;
            string? source = null;
            if (item is YamlScalar scalar)
            {
                valueNode = scalar;
            }
            else
            {
                var valueReader = MapReader.Open(item, $"a value of {context}", _diagnostics, "value", "name", "status", "note", "conflict", "confirmed", "source");
                if (valueReader is null)
                {
                    continue;
                }

                valueNode = valueReader.Scalar("value", required: true);
                nameNode = valueReader.Scalar("name");
                var statusNode = valueReader.Scalar("status");
                if (statusNode is not null)
                {
                    if (statusNode.Value is "supported" or "preview" or "deprecated" or "unconfirmed")
                    {
                        status = statusNode.Value;
                    }
                    else
                    {
                        valueReader.Invalid(statusNode, "value status (supported, preview, deprecated or unconfirmed)", "status");
                    }
                }

                note = valueReader.Note();
                source = valueReader.Has("source") ? valueReader.Source(_sources) : null;
            }

            if (valueNode is null)
            {
                continue;
            }

            var member = nameNode?.Value ?? Naming.ValueMember(valueNode.Value);
            if (!Naming.IsValidIdentifier(member))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.InvalidIdentifier, (nameNode ?? valueNode).Location, member, $"value '{valueNode.Value}' of {context}"));
                continue;
            }

            if (values.Any(v => v.Value == valueNode.Value || v.MemberName == member))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.DuplicateName, valueNode.Location, $"Value of {context}", valueNode.Value));
                continue;
            }

            values.Add(new ValueSpec(valueNode.Value, member, status, note, source));
        }

        return values;
    }

    private void CheckDefault(ParameterDefinitionSpec definition, YamlScalar node, List<ValueSpec> values, long? minimum, long? maximum, MapReader reader)
    {
        switch (definition.Type)
        {
            case ParameterTypes.Integer:
                if (!long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    reader.Invalid(node, "whole number", "default");
                }
                else if (number < minimum || number > maximum)
                {
                    reader.Invalid(node, $"default (outside {minimum}..{maximum})", "default");
                }

                break;
            case ParameterTypes.Boolean:
                if (node.Value is not ("true" or "false"))
                {
                    reader.Invalid(node, "boolean (true or false)", "default");
                }

                break;
            default:
                if (values.Count > 0 && values.All(v => v.Value != node.Value))
                {
                    reader.Invalid(node, "default (it is not one of the values: " + string.Join(", ", values.Select(v => v.Value)) + ")", "default");
                }

                break;
        }
    }

    private FreeFormSizeSpec? ReadFreeForm(YamlNode? node, string context)
    {
        var reader = MapReader.Open(node, $"freeForm of {context}", _diagnostics,
            "multipleOf", "maxEdge", "maxAspectRatio", "minPixels", "maxPixels", "experimentalAbovePixels", "confirmed", "note", "conflict", "source");
        if (reader is null)
        {
            return null;
        }

        return new FreeFormSizeSpec(
            reader.Int("multipleOf", required: true) ?? 1,
            reader.Int("maxEdge", required: true) ?? int.MaxValue,
            reader.Double("maxAspectRatio") ?? double.MaxValue,
            reader.Long("minPixels") ?? 1,
            reader.Long("maxPixels") ?? long.MaxValue,
            reader.Long("experimentalAbovePixels"),
            reader.Bool("confirmed") ?? true,
            reader.Source(_sources));
    }

    private FileSpec? ReadFile(YamlNode? node, string context)
    {
        var reader = MapReader.Open(node, $"file rules of {context}", _diagnostics,
            "formats", "maxBytes", "maxCount", "square", "alpha", "dimensions", "history", "confirmed", "note", "conflict", "source");
        if (reader is null)
        {
            return null;
        }

        var formats = new List<string>();
        foreach (var format in reader.Scalars("formats"))
        {
            if (Array.IndexOf(ImageFormats, format.Value) < 0)
            {
                reader.Invalid(format, "image format (" + string.Join(", ", ImageFormats) + ")", "formats");
            }
            else
            {
                formats.Add(format.Value);
            }
        }

        if (reader.Node("history") is YamlSequence history)
        {
            foreach (var item in history.Items)
            {
                var entry = MapReader.Open(item, $"history of {context}", _diagnostics, "until", "from", "maxBytes", "note", "source");
                entry?.Date("until");
                entry?.Date("from");
                entry?.Long("maxBytes");
                entry?.Source(_sources);
            }
        }

        return new FileSpec(
            formats.ToEquatableArray(),
            reader.Long("maxBytes"),
            reader.Int("maxCount") ?? 1,
            reader.Bool("square") ?? false,
            reader.Bool("alpha") ?? false,
            reader.Source(_sources))
        {
            Dimensions = ReadFileDimensions(reader.Node("dimensions"), context),
        };
    }

    private FileDimensionsSpec? ReadFileDimensions(YamlNode? node, string context)
    {
        var reader = MapReader.Open(node, $"image dimensions of {context}", _diagnostics, "maxEdge", "confirmed", "note", "conflict", "source");
        if (reader is null || reader.Int("maxEdge", required: true) is not int maxEdge)
        {
            return null;
        }

        if (maxEdge < 1)
        {
            reader.Invalid(reader.Scalar("maxEdge")!, "edge in pixels (1 or more)", "maxEdge");
            return null;
        }

        return new FileDimensionsSpec(maxEdge, reader.Bool("confirmed") ?? true, reader.Source(_sources));
    }
}
