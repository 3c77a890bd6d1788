using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ImageContracts;

/// <summary>A request body that cannot be read as a JSON object within <see cref="JsonBodyReader"/>'s limits.</summary>
internal sealed class JsonBodyException : Exception
{
    public JsonBodyException(string path, string message)
        : base(path + ": " + message)
    {
        Path = path;
    }

    /// <summary>Where in the body, as a JSON path such as <c>$.images[3]</c>.</summary>
    public string Path { get; }
}

/// <summary>
/// Reads a raw request body into the values the dictionary entry point takes (strings, long/decimal/double, booleans,
/// null, <see cref="List{T}"/>s and <see cref="Dictionary{TKey, TValue}"/>s) with bounded work: at most
/// <see cref="MaxDepth"/> levels of nesting, <see cref="MaxArrayItems"/> items per array and <see cref="MaxBytes"/>
/// bytes, duplicate names refused. Errors name the JSON path where reading stopped.
/// </summary>
internal static class JsonBodyReader
{
    /// <summary>Nesting levels; a Responses request needs about 6 (<c>input[].content[].…</c>).</summary>
    public const int MaxDepth = 16;

    /// <summary>Items per array; image lists hold at most 16 files.</summary>
    public const int MaxArrayItems = 256;

    /// <summary>Body size: room for 16 data URLs of the API's 20,971,520-character limit.</summary>
    public const long MaxBytes = 16L * 20_971_520 + (1L << 20);

    /// <summary>Reads the top-level object. Properties for which <paramref name="keep"/> is false are skipped unread
    /// (still within <see cref="MaxDepth"/>).</summary>
    public static Dictionary<string, object?> Read(ReadOnlySpan<byte> body, Func<string, bool>? keep = null)
    {
        if (body.Length > MaxBytes)
        {
            throw new JsonBodyException("$", string.Create(CultureInfo.InvariantCulture,
                $"the body is {body.Length:N0} bytes; at most {MaxBytes:N0} are read."));
        }

        if (body.IsEmpty)
        {
            throw new JsonBodyException("$", "the body is empty; expected a JSON object.");
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        var path = new List<string>();
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonBodyException("$", "expected a JSON object, found " + Describe(reader.TokenType) + ".");
            }

            Dictionary<string, object?> result = ReadObject(ref reader, path, keep);
            if (reader.Read())
            {
                throw new JsonBodyException("$", "unexpected data after the top-level object.");
            }

            return result;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Malformed JSON or UTF-8, or nesting past the limit inside a skipped property.
            string at = string.Create(CultureInfo.InvariantCulture, $" (byte {reader.BytesConsumed:N0})");
            throw new JsonBodyException(PathOf(path), "not valid JSON" + at + ": " + FirstSentence(ex.Message));
        }
    }

    private static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader, List<string> path, Func<string, bool>? keep)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            path.Add(path.Count == 0 || IsPlainName(name) ? "." + name : "[" + Quoted(name) + "]");
            if (result.ContainsKey(name))
            {
                throw new JsonBodyException(PathOf(path), "the property appears more than once.");
            }

            reader.Read();
            if (keep is not null && !keep(name))
            {
                reader.Skip();
            }
            else
            {
                result[name] = ReadValue(ref reader, path);
            }

            path.RemoveAt(path.Count - 1);
        }

        return result;
    }

    private static object? ReadValue(ref Utf8JsonReader reader, List<string> path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out long l) ? l : reader.TryGetDecimal(out decimal m) ? m : reader.GetDouble();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
        }

        if (reader.CurrentDepth >= MaxDepth)
        {
            throw new JsonBodyException(PathOf(path), string.Create(CultureInfo.InvariantCulture, $"nested deeper than {MaxDepth} levels."));
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return ReadObject(ref reader, path, keep: null);
        }

        var items = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (items.Count == MaxArrayItems)
            {
                throw new JsonBodyException(PathOf(path), string.Create(CultureInfo.InvariantCulture, $"the array has more than {MaxArrayItems} items."));
            }

            path.Add(string.Create(CultureInfo.InvariantCulture, $"[{items.Count}]"));
            items.Add(ReadValue(ref reader, path));
            path.RemoveAt(path.Count - 1);
        }

        return items;
    }

    private static string PathOf(List<string> path) => "$" + string.Concat(path);

    private static bool IsPlainName(string name)
    {
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    private static string Quoted(string name)
    {
        var builder = new StringBuilder("'");
        foreach (char c in name.Length > 64 ? name.Substring(0, 64) + "…" : name)
        {
            builder.Append(char.IsControl(c) ? '?' : c);
        }

        return builder.Append('\'').ToString();
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message.Substring(0, end) : message;
    }
}
