using System;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>Edits of a serialised top-level JSON object body (compact form, as <see cref="Utf8JsonWriter"/> writes it).</summary>
internal static class JsonBody
{
    /// <summary>True when the top-level object has <c>"stream": true</c>.</summary>
    public static bool HasStreamTrue(ReadOnlySpan<byte> json) => FindStream(json) == true;

    /// <summary>Adds <c>"stream":true</c> unless present; throws when the body says <c>"stream": false</c>.</summary>
    public static void EnsureStreamTrue(PooledBuffer body)
    {
        bool? stream = FindStream(body.WrittenSpan);
        if (stream == true)
        {
            return;
        }

        if (stream == false)
        {
            throw new ArgumentException("The request sets stream to false; a streaming call needs it unset or true.", "request");
        }

        ReadOnlySpan<byte> written = body.WrittenSpan;
        int end = written.LastIndexOf((byte)'}');
        if (end < 0)
        {
            throw new ArgumentException("The request body is not a JSON object.", "request");
        }

        bool empty = written.Slice(0, end).TrimEnd(" \t\r\n"u8).EndsWith("{"u8);
        ReadOnlySpan<byte> tail = empty ? "\"stream\":true}"u8 : ",\"stream\":true}"u8;

        // Drop the closing brace (and anything after it), then append the field and a new brace.
        body.Rewind(body.Count - end);
        tail.CopyTo(body.GetSpan(tail.Length));
        body.Advance(tail.Length);
    }

    private static bool? FindStream(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isStream = reader.ValueTextEquals("stream"u8);
            reader.Read();
            if (isStream)
            {
                return reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    _ => null,
                };
            }

            reader.Skip();
        }

        return null;
    }
}
