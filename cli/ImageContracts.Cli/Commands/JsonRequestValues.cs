using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ImageContracts.Cli.Commands;

/// <summary>
/// A JSON request body as the dictionary entry point takes it: top-level scalars as strings, numbers and booleans,
/// other objects and arrays as JSON, and image references (<c>{"image_url"}</c>/<c>{"file_id"}</c>, alone or in a list) as
/// <see cref="ImageReference"/>s, so a JSON edit's images and mask are checked (data URLs by their bytes).
/// </summary>
internal static class JsonRequestValues
{
    public static Dictionary<string, object?> Read(JsonElement body)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in body.EnumerateObject())
        {
            values[property.Name] = Value(property.Value);
        }

        return values;
    }

    private static object? Value(JsonElement value)
    {
        if (Reference(value) is { } reference)
        {
            return reference;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var references = new List<ImageReference>();
            foreach (JsonElement item in value.EnumerateArray())
            {
                if (Reference(item) is not { } itemReference)
                {
                    return value.Clone();
                }

                references.Add(itemReference);
            }

            if (references.Count > 0)
            {
                return references;
            }
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.TryGetInt64(out long integer) ? integer : value.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => value.Clone(), // objects and arrays as JSON: the validator reads them
        };
    }

    private static ImageReference? Reference(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (value.TryGetProperty("image_url", out JsonElement url) && url.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(url.GetString()))
        {
            return ImageReference.FromUrl(url.GetString()!);
        }

        if (value.TryGetProperty("file_id", out JsonElement id) && id.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(id.GetString()))
        {
            return ImageReference.FromFileId(id.GetString()!);
        }

        return null;
    }
}
