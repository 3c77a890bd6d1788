using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ImageContracts;

/// <summary>Reads an image reference the way JSON carries it: an object with exactly one of <c>image_url</c> and
/// <c>file_id</c> (a non-empty string), as a dictionary or a <see cref="JsonElement"/>. JSON edits' <c>images</c> and
/// <c>mask</c> and the Responses tool's <c>input_image_mask</c> use this shape.</summary>
internal static class JsonReference
{
    private const string ImageUrl = "image_url";
    private const string FileId = "file_id";

    /// <summary>True when <paramref name="value"/> is an object of the reference shape.</summary>
    public static bool TryRead(object value, out ImageReference reference)
    {
        reference = null!;
        string? url = null, fileId = null;
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!Take(property.Name, ValueReader.Unwrap(property.Value), ref url, ref fileId))
                    {
                        return false;
                    }
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (KeyValuePair<string, object?> pair in map)
                {
                    if (!Take(pair.Key, ValueReader.Unwrap(pair.Value), ref url, ref fileId))
                    {
                        return false;
                    }
                }

                break;
            case IReadOnlyDictionary<string, string?> strings:
                foreach (KeyValuePair<string, string?> pair in strings)
                {
                    if (!Take(pair.Key, pair.Value, ref url, ref fileId))
                    {
                        return false;
                    }
                }

                break;
            default:
                return false;
        }

        if ((url is null) == (fileId is null))
        {
            return false; // neither or both
        }

        reference = url is not null ? ImageReference.FromUrl(url) : ImageReference.FromFileId(fileId!);
        return true;
    }

    /// <summary>True when <paramref name="value"/> is, or is a list of, image references in any accepted form.</summary>
    public static bool IsReferenceLike(object? value) => ValueReader.Unwrap(value) switch
    {
        ImageReference or IEnumerable<ImageReference> => true,
        JsonElement { ValueKind: JsonValueKind.Array } array => array.GetArrayLength() > 0 && IsReferenceLike(array[0]),
        string or byte[] => false,
        IReadOnlyDictionary<string, object?> or IReadOnlyDictionary<string, string?> or JsonElement => TryRead(ValueReader.Unwrap(value)!, out _),
        IEnumerable<object?> items => items.FirstOrDefault() is { } first && IsReferenceLike(first),
        _ => false,
    };

    // A null value counts as absent; any other key or a non-string / empty value breaks the shape.
    private static bool Take(string key, object? value, ref string? url, ref string? fileId)
    {
        if (value is null)
        {
            return key is ImageUrl or FileId;
        }

        if (value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        switch (key)
        {
            case ImageUrl: url = text; return true;
            case FileId: fileId = text; return true;
            default: return false;
        }
    }
}
