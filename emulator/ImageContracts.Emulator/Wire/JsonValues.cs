using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ImageContracts.Emulator;

/// <summary>Turns a JSON request object into the engine's values by wire name: strings, <see cref="long"/>,
/// <see cref="double"/>, booleans, <see cref="ImageReference"/> for <c>{image_url | file_id}</c> objects, lists, and
/// other objects as <see cref="JsonElement"/>.</summary>
internal static class JsonValues
{
    public static Dictionary<string, object?> Read(JsonElement body)
    {
        var values = new Dictionary<string, object?>(System.StringComparer.Ordinal);
        foreach (JsonProperty property in body.EnumerateObject())
        {
            values[property.Name] = Convert(property.Value);
        }

        return values;
    }

    public static object? Convert(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out long l) ? (object)l : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => List(value),
        JsonValueKind.Object => Reference(value) ?? (object)value.Clone(),
        _ => null,
    };

    /// <summary>An image reference object (<c>{"image_url": ...}</c> or <c>{"file_id": ...}</c>), else null.</summary>
    public static ImageReference? Reference(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (value.TryGetProperty("file_id", out JsonElement file) && file.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(file.GetString()))
        {
            return ImageReference.FromFileId(file.GetString()!);
        }

        return value.TryGetProperty("image_url", out JsonElement url) && url.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(url.GetString())
            ? ImageReference.FromUrl(url.GetString()!)
            : null;
    }

    private static object List(JsonElement array)
    {
        List<object?> items = array.EnumerateArray().Select(Convert).ToList();
        return items.Count > 0 && items.All(i => i is ImageReference) ? items.Cast<ImageReference>().ToList() : items;
    }
}
