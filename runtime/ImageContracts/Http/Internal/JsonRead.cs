using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>Small helpers over <see cref="Utf8JsonReader"/> for the hand-written, reflection-free response readers.</summary>
internal static class JsonRead
{
    /// <summary>Moves to the next token; throws when the data ends.</summary>
    public static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("Unexpected end of JSON.");
        }
    }

    /// <summary>Requires the current token to be an object start.</summary>
    public static void ExpectObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a JSON object, found " + reader.TokenType + ".");
        }
    }

    /// <summary>Moves to the value after a property name: true when it is an object (the reader is then on its start);
    /// any other value is skipped and false returned.</summary>
    public static bool EnterObject(ref Utf8JsonReader reader) => Enter(ref reader, JsonTokenType.StartObject);

    /// <summary>Moves to the value after a property name: true when it is an array (the reader is then on its start);
    /// any other value is skipped and false returned.</summary>
    public static bool EnterArray(ref Utf8JsonReader reader) => Enter(ref reader, JsonTokenType.StartArray);

    private static bool Enter(ref Utf8JsonReader reader, JsonTokenType start)
    {
        Next(ref reader);
        if (reader.TokenType == start)
        {
            return true;
        }

        reader.Skip();
        return false;
    }

    /// <summary>Reads the value after a property name as a string (null for JSON null; numbers and booleans as text).</summary>
    public static string? String(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
            case JsonTokenType.True:
            case JsonTokenType.False:
                return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>Reads the value after a property name as an integer (null when null or not an integer).</summary>
    public static long? Int64(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value))
        {
            return value;
        }

        reader.Skip();
        return null;
    }

    /// <summary>Reads the value after a property name as an int (null when null or out of range).</summary>
    public static int? Int32(ref Utf8JsonReader reader)
    {
        long? value = Int64(ref reader);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value.Value : null;
    }

    /// <summary>Skips the value after a property name.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        reader.Skip();
    }

    /// <summary>Reads a JSON array of strings (the reader is on the property name).</summary>
    public static IReadOnlyList<string> StringArray(ref Utf8JsonReader reader)
    {
        if (!EnterArray(ref reader))
        {
            return Array.Empty<string>();
        }

        var list = new List<string>();
        while (NextTokenType(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                list.Add(reader.GetString()!);
            }
            else
            {
                reader.Skip();
            }
        }

        return list;
    }

    /// <summary>Reads the next token and returns its type.</summary>
    public static JsonTokenType NextTokenType(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType;
    }

    /// <summary>Unix seconds to a timestamp.</summary>
    public static DateTimeOffset? UnixTime(long? seconds) =>
        seconds is { } s && s > 0 && s < 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(s) : null;
}
