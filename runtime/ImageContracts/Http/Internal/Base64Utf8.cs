using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>Decodes base64 JSON strings straight from their UTF-8 bytes into an exact-size array: no UTF-16 string
/// of the image is ever made.</summary>
internal static class Base64Utf8
{
    /// <summary>Reads the value after a property name: null for JSON null, otherwise the decoded bytes of its base64 string.</summary>
    public static byte[]? DecodeValue(ref Utf8JsonReader reader)
    {
        JsonRead.Next(ref reader);
        return reader.TokenType == JsonTokenType.Null ? null : Decode(ref reader);
    }

    /// <summary>Decodes the string token the reader is on.</summary>
    public static byte[] Decode(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a base64 string, found " + reader.TokenType + ".");
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Decode(reader.ValueSpan);
        }

        int length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        byte[] rented = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            int written = reader.CopyString(rented);
            return Decode(rented.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Decodes a (possibly escaped) JSON string body given as raw bytes between the quotes.</summary>
    public static byte[] DecodeRaw(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!escaped)
        {
            return Decode(raw);
        }

        // Re-read the value through a reader to unescape it ("\/" and friends).
        byte[] rented = ArrayPool<byte>.Shared.Rent(raw.Length + 2);
        try
        {
            rented[0] = (byte)'"';
            raw.CopyTo(rented.AsSpan(1));
            rented[raw.Length + 1] = (byte)'"';
            var reader = new Utf8JsonReader(rented.AsSpan(0, raw.Length + 2));
            reader.Read();
            return Decode(ref reader);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Decodes unescaped base64 UTF-8 into an exact-size array.</summary>
    public static byte[] Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return Array.Empty<byte>();
        }

        if (utf8.Length % 4 == 0)
        {
            int padding = utf8[^1] == '=' ? (utf8[^2] == '=' ? 2 : 1) : 0;
            int length = (utf8.Length / 4 * 3) - padding;
            byte[] result = GC.AllocateUninitializedArray<byte>(length);
            OperationStatus status = Base64.DecodeFromUtf8(utf8, result, out int consumed, out int written);
            if (status == OperationStatus.Done && consumed == utf8.Length && written == length)
            {
                return result;
            }
        }

        return DecodeLenient(utf8);
    }

    /// <summary>Slow path: strips whitespace, restores missing padding, then decodes.</summary>
    private static byte[] DecodeLenient(ReadOnlySpan<byte> utf8)
    {
        byte[] rented = ArrayPool<byte>.Shared.Rent(utf8.Length + 3);
        try
        {
            int n = 0;
            foreach (byte b in utf8)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    rented[n++] = b;
                }
            }

            while (n % 4 != 0)
            {
                rented[n++] = (byte)'=';
            }

            byte[] decoded = ArrayPool<byte>.Shared.Rent(Math.Max(n / 4 * 3, 1));
            try
            {
                OperationStatus status = Base64.DecodeFromUtf8(rented.AsSpan(0, n), decoded, out _, out int written);
                if (status != OperationStatus.Done)
                {
                    throw new JsonException("The value is not valid base64.");
                }

                return decoded.AsSpan(0, written).ToArray();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(decoded);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
