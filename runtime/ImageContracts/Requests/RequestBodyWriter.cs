using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace ImageContracts;

/// <summary>
/// Writes a request's parameters as the API's JSON body or multipart form. One writer for every generated request:
/// a dotted wire name (<c>svg.reasoning.effort</c>) is a field of an object parameter, written as nested objects in JSON
/// and as brackets (<c>svg[reasoning][effort]</c>) in forms; several files go as <c>image[]</c>.
/// </summary>
public static class RequestBodyWriter
{
    /// <summary>Writes the JSON body: <c>type</c> (tools only), <c>model</c>, then the parameters in order.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="parameters">The parameters by wire name; strings, integers, booleans and image references.</param>
    /// <param name="model">The model to write first, or null when <paramref name="parameters"/> carries it.</param>
    /// <param name="toolType">The tool's <c>type</c> (<c>image_generation</c>), or null for an Image API body.</param>
    public static void WriteJson(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters, string? model = null, string? toolType = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(parameters);
        writer.WriteStartObject();
        if (toolType is not null)
        {
            writer.WriteString("type", toolType);
        }

        if (model is not null)
        {
            writer.WriteString("model", model);
        }

        var objectsWritten = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            int dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                WriteJsonValue(writer, name, value);
            }
            else if (objectsWritten.Add(name[..dot]))
            {
                // The whole object goes where its first field stands.
                WriteJsonObject(writer, name[..dot], parameters, name[..(dot + 1)]);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Adds the form fields and files: <c>model</c> first, then the parameters in order.</summary>
    /// <param name="writer">The form writer.</param>
    /// <param name="parameters">The parameters by wire name; strings, integers, booleans, files and file lists.</param>
    /// <param name="model">The model to add first, or null when <paramref name="parameters"/> carries it.</param>
    public static void WriteMultipart(MultipartWriter writer, IReadOnlyDictionary<string, object?> parameters, string? model = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(parameters);
        if (model is not null)
        {
            writer.AddText("model", model);
        }

        foreach (var (name, value) in parameters)
        {
            var field = name.Contains('.', StringComparison.Ordinal) ? FormName(name) : name;
            switch (value)
            {
                case null:
                    break;
                case ImageFile file:
                    writer.AddFile(field, file);
                    break;
                case IReadOnlyList<ImageFile> files:
                    var fieldName = files.Count == 1 ? field : field + "[]";
                    foreach (var item in files)
                    {
                        writer.AddFile(fieldName, item);
                    }

                    break;
                default:
                    writer.AddText(field, Text(name, value));
                    break;
            }
        }
    }

    /// <summary>The object <paramref name="name"/> holding every parameter under <paramref name="prefix"/>, nested as deep as the names go.</summary>
    private static void WriteJsonObject(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, object?> parameters, string prefix)
    {
        writer.WriteStartObject(name);
        var childrenWritten = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key[prefix.Length..];
            int dot = rest.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                WriteJsonValue(writer, rest, value);
            }
            else if (childrenWritten.Add(rest[..dot]))
            {
                WriteJsonObject(writer, rest[..dot], parameters, prefix + rest[..(dot + 1)]);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteJsonValue(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                writer.WriteString(name, text);
                break;
            case int number:
                writer.WriteNumber(name, number);
                break;
            case long number:
                writer.WriteNumber(name, number);
                break;
            case bool flag:
                writer.WriteBoolean(name, flag);
                break;
            case ImageReference reference:
                writer.WritePropertyName(name);
                reference.WriteJson(writer);
                break;
            case IReadOnlyList<ImageReference> references:
                writer.WriteStartArray(name);
                foreach (var item in references)
                {
                    item.WriteJson(writer);
                }

                writer.WriteEndArray();
                break;
            default:
                throw Unsupported(name, value);
        }
    }

    private static string Text(string name, object value) => value switch
    {
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => throw Unsupported(name, value),
    };

    /// <summary><c>svg.reasoning.effort</c> → <c>svg[reasoning][effort]</c>.</summary>
    private static string FormName(string dotted)
    {
        var parts = dotted.Split('.');
        return parts[0] + "[" + string.Join("][", parts, 1, parts.Length - 1) + "]";
    }

    private static ArgumentException Unsupported(string name, object value)
        => new($"The parameter '{name}' holds a {value.GetType().Name}, which has no wire form here (expected text, a number, a boolean, a file or an image reference).", nameof(value));
}
