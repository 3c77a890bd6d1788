using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace ImageContracts;

/// <summary>One file of a file-kind value: its header info when the bytes are known (null for URLs and file ids).</summary>
internal readonly record struct FileItem(ImageInfo? Info, long? Length);

/// <summary>A value converted to the shape of its parameter kind.</summary>
internal sealed class NormalizedValue
{
    public string? Text { get; init; }

    public long? Integer { get; init; }

    public bool? Boolean { get; init; }

    public IReadOnlyList<FileItem>? Files { get; init; }

    /// <summary>The value as a wire string for comparisons with allowed values and rule values.</summary>
    public string? Scalar =>
        Text ?? (Integer is long i ? WireValue.Integer(i) : Boolean is bool b ? WireValue.Boolean(b) : null);
}

/// <summary>Converts caller values (JSON-like .NET objects) to <see cref="NormalizedValue"/>s.</summary>
internal static class ValueReader
{
    /// <summary>Builds the map of given values: null (and JSON null) values are treated as omitted.</summary>
    public static Dictionary<string, object> Given(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var given = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> pair in values)
        {
            object? value = Unwrap(pair.Value);
            if (value is not null && pair.Key is not null)
            {
                given[pair.Key] = value;
            }
        }

        return given;
    }

    /// <summary>Turns a <see cref="JsonElement"/> scalar into string/long/decimal/double/bool (null for JSON null);
    /// objects and arrays stay <see cref="JsonElement"/>s and are read by the parameter's kind.</summary>
    public static object? Unwrap(object? value)
    {
        if (value is JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String: return element.GetString();
                case JsonValueKind.Number:
                    return element.TryGetInt64(out long l) ? l : element.TryGetDecimal(out decimal m) ? m : element.GetDouble();
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                case JsonValueKind.Null:
                case JsonValueKind.Undefined: return null;
                default: return element;
            }
        }

        return value;
    }

    /// <summary>Converts <paramref name="value"/> for a parameter of <paramref name="kind"/>; false when the type is wrong.</summary>
    public static bool TryRead(ParameterKind kind, object value, out NormalizedValue normalized)
    {
        normalized = null!;
        switch (kind)
        {
            case ParameterKind.String:
            case ParameterKind.Size:
                if (value is string s)
                {
                    normalized = new NormalizedValue { Text = s };
                    return true;
                }

                return false;
            case ParameterKind.Integer:
                if (TryInteger(value, out long integer))
                {
                    normalized = new NormalizedValue { Integer = integer };
                    return true;
                }

                return false;
            case ParameterKind.Boolean:
                if (value is bool b)
                {
                    normalized = new NormalizedValue { Boolean = b };
                    return true;
                }

                return false;
            default:
                bool references = kind is ParameterKind.ImageReference or ParameterKind.ImageReferences or ParameterKind.MaskReference;
                var files = new List<FileItem>();
                if (TryFile(value, references, out FileItem single))
                {
                    files.Add(single);
                }
                else if (Items(value) is { } sequence)
                {
                    foreach (object? element in sequence)
                    {
                        if (element is null || !TryFile(element, references, out FileItem item))
                        {
                            return false;
                        }

                        files.Add(item);
                    }
                }
                else
                {
                    return false;
                }

                normalized = new NormalizedValue { Files = files };
                return true;
        }
    }

    /// <summary>Converts a parameter default (string, integer or boolean) to a normalized value, or null.</summary>
    public static NormalizedValue? ReadDefault(ParameterContract parameter)
    {
        object? value = Unwrap(parameter.Default);
        if (value is null)
        {
            return null;
        }

        if (value is string s)
        {
            return new NormalizedValue { Text = s };
        }

        if (value is bool b)
        {
            return new NormalizedValue { Boolean = b };
        }

        return TryInteger(value, out long integer) ? new NormalizedValue { Integer = integer } : null;
    }

    /// <summary>Describes what a kind expects, for <c>invalid_type</c> messages.</summary>
    public static string Expected(ParameterKind kind) => kind switch
    {
        ParameterKind.String => "a string",
        ParameterKind.Integer => "an integer",
        ParameterKind.Boolean => "a boolean",
        ParameterKind.Size => "a size string ('auto' or 'WIDTHxHEIGHT')",
        ParameterKind.Image => "an image file (ImageFile, byte[] or ReadOnlyMemory<byte>)",
        ParameterKind.Images => "an image file or a list of image files (ImageFile, byte[] or ReadOnlyMemory<byte>)",
        ParameterKind.ImageReference or ParameterKind.MaskReference => "an ImageReference, an object {\"image_url\": ...} or {\"file_id\": ...}, or an image file",
        ParameterKind.ImageReferences => "an ImageReference, an object {\"image_url\": ...} or {\"file_id\": ...}, or an image file, or a list of them",
        _ => kind.ToString(),
    };

    /// <summary>Describes the .NET type of a value without printing it (file bytes never appear in messages).</summary>
    public static string Describe(object value) => value switch
    {
        string => "a string",
        bool => "a boolean",
        double d when !double.IsFinite(d) || Math.Floor(d) != d => "a non-integral number",
        float f when !float.IsFinite(f) || MathF.Floor(f) != f => "a non-integral number",
        decimal m when decimal.Truncate(m) != m => "a non-integral number",
        sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal => "a number",
        byte[] => "a byte array",
        ReadOnlyMemory<byte> or Memory<byte> => "a byte buffer",
        ImageFile => "an ImageFile",
        ImageReference => "an ImageReference",
        JsonElement e => "a JSON " + e.ValueKind.ToString().ToLowerInvariant(),
        IReadOnlyDictionary<string, object?> or IReadOnlyDictionary<string, string?> => "an object",
        IEnumerable => "a list",
        _ => "a value of type " + value.GetType().Name,
    };

    /// <summary>Describes a value that does not read as <paramref name="kind"/>; for a list of files, names the first
    /// item that fails (0-based, as a JSON path would), so a bad entry in a long list is easy to find.</summary>
    public static string DescribeMismatch(ParameterKind kind, object value)
    {
        if (kind >= ParameterKind.Image && Items(value) is { } items)
        {
            bool references = kind is ParameterKind.ImageReference or ParameterKind.ImageReferences or ParameterKind.MaskReference;
            int index = 0;
            foreach (object? item in items)
            {
                if (item is null || !TryFile(item, references, out _))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"a list whose item [{index}] is {(item is null ? "null" : Describe(item))}");
                }

                index++;
            }
        }

        return Describe(value);
    }

    private static bool TryInteger(object value, out long result)
    {
        result = 0;
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case short s: result = s; return true;
            case sbyte sb: result = sb; return true;
            case byte b: result = b; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul when ul <= long.MaxValue: result = (long)ul; return true;
            case double d when double.IsFinite(d) && Math.Floor(d) == d && d >= -9.2e18 && d <= 9.2e18:
                result = (long)d;
                return true;
            case float f when float.IsFinite(f) && MathF.Floor(f) == f && f >= -9.2e18f && f <= 9.2e18f:
                result = (long)f;
                return true;
            case decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue:
                result = (long)m;
                return true;
            default: return false;
        }
    }

    private static bool TryFile(object value, bool allowReferences, out FileItem item)
    {
        switch (value)
        {
            case ImageFile file:
                item = new FileItem(file.Info, file.Length);
                return true;
            case byte[] bytes:
                item = new FileItem(ImageInspector.Inspect(bytes), bytes.Length);
                return true;
            case ReadOnlyMemory<byte> memory:
                item = new FileItem(ImageInspector.Inspect(memory.Span), memory.Length);
                return true;
            case Memory<byte> memory:
                item = new FileItem(ImageInspector.Inspect(memory.Span), memory.Length);
                return true;
            case ImageReference reference when allowReferences:
                item = reference.GetBytes() is { } data
                    ? new FileItem(ImageInspector.Inspect(data.Span), data.Length)
                    : new FileItem(null, null);
                return true;
            default:
                if (allowReferences && JsonReference.TryRead(value, out ImageReference? parsed))
                {
                    return TryFile(parsed, allowReferences, out item);
                }

                item = default;
                return false;
        }
    }

    /// <summary>The elements of a list value (a .NET sequence or a JSON array); null for anything else, including
    /// strings, byte buffers and objects.</summary>
    private static IEnumerable<object?>? Items(object value) => value switch
    {
        string or byte[] or IReadOnlyDictionary<string, object?> or IReadOnlyDictionary<string, string?> => null,
        JsonElement { ValueKind: JsonValueKind.Array } array => ArrayItems(array),
        IEnumerable sequence => sequence.Cast<object?>().Select(Unwrap),
        _ => null,
    };

    private static IEnumerable<object?> ArrayItems(JsonElement array)
    {
        foreach (JsonElement item in array.EnumerateArray())
        {
            yield return Unwrap(item);
        }
    }

    /// <summary>Formats an integer with thousands separators for messages.</summary>
    public static string Thousands(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
