using System;
using System.Buffers;
using System.Text.Json;

namespace ImageContracts.Emulator;

/// <summary>Builds a JSON document with a <see cref="Utf8JsonWriter"/> and returns its bytes.</summary>
internal static class JsonBytes
{
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
