using System.Buffers.Binary;
using System.Text;

namespace ImageContracts.Runtime.Tests.Support;

/// <summary>Builds minimal image headers by hand (no image library).</summary>
internal static class TestImages
{
    public static byte[] Png(int width, int height, byte colourType = 2, bool trns = false, int extraDataBytes = 0, bool trnsAfterIdat = false)
    {
        var output = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), (uint)height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = colourType;
        Chunk(output, "IHDR", ihdr);
        if (trns && !trnsAfterIdat)
        {
            Chunk(output, "tRNS", new byte[] { 0, 0 });
        }

        Chunk(output, "IDAT", new byte[4 + extraDataBytes]);
        if (trns && trnsAfterIdat)
        {
            Chunk(output, "tRNS", new byte[] { 0, 0 });
        }

        Chunk(output, "IEND", Array.Empty<byte>());
        return output.ToArray();
    }

    /// <summary>A PNG whose total length is exactly <paramref name="totalBytes"/>.</summary>
    public static byte[] PngOfLength(int width, int height, int totalBytes, byte colourType = 2)
    {
        int baseLength = Png(width, height, colourType).Length;
        return Png(width, height, colourType, extraDataBytes: totalBytes - baseLength);
    }

    public static byte[] Jpeg(int width, int height, byte sofMarker = 0xC0, bool dhtFirst = false, int fillBytes = 0)
    {
        var output = new List<byte> { 0xFF, 0xD8 };
        // APP0 JFIF
        output.AddRange(new byte[] { 0xFF, 0xE0, 0x00, 0x10 });
        output.AddRange(Encoding.ASCII.GetBytes("JFIF\0"));
        output.AddRange(new byte[] { 1, 1, 0, 0, 1, 0, 1, 0, 0 });
        if (dhtFirst)
        {
            // DHT segment whose payload would read as 0x0101 x 0x0202 if mistaken for a frame header.
            output.AddRange(new byte[] { 0xFF, 0xC4, 0x00, 0x09, 0x08, 0x01, 0x01, 0x02, 0x02, 0x00, 0x00 });
        }

        for (int i = 0; i < fillBytes; i++)
        {
            output.Add(0xFF);
        }

        output.AddRange(new byte[] { 0xFF, sofMarker, 0x00, 0x11, 0x08 });
        output.Add((byte)(height >> 8));
        output.Add((byte)height);
        output.Add((byte)(width >> 8));
        output.Add((byte)width);
        output.AddRange(new byte[] { 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 });
        output.AddRange(new byte[] { 0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0 });
        output.AddRange(new byte[] { 0x12, 0x34, 0xFF, 0xD9 });
        return output.ToArray();
    }

    public static byte[] WebpVp8(int width, int height)
    {
        var data = new byte[10 + 8];
        data[0] = 0x10; // frame tag: key frame
        data[3] = 0x9D;
        data[4] = 0x01;
        data[5] = 0x2A;
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(8), (ushort)height);
        return Riff("VP8 ", data);
    }

    public static byte[] WebpVp8L(int width, int height, bool alpha)
    {
        var data = new byte[5 + 4];
        data[0] = 0x2F;
        uint bits = (uint)(width - 1) | ((uint)(height - 1) << 14) | (alpha ? 1u << 28 : 0u);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(1), bits);
        return Riff("VP8L", data);
    }

    public static byte[] WebpVp8X(int width, int height, bool alpha)
    {
        var data = new byte[10];
        data[0] = alpha ? (byte)0x10 : (byte)0x00;
        WriteUInt24(data, 4, width - 1);
        WriteUInt24(data, 7, height - 1);
        return Riff("VP8X", data);
    }

    public static byte[] Gif(int width, int height, bool transparent = false, bool version87 = false)
    {
        var output = new List<byte>(Encoding.ASCII.GetBytes(version87 ? "GIF87a" : "GIF89a"));
        output.Add((byte)width);
        output.Add((byte)(width >> 8));
        output.Add((byte)height);
        output.Add((byte)(height >> 8));
        output.AddRange(new byte[] { 0x80, 0, 0 }); // global colour table of 2 entries
        output.AddRange(new byte[] { 0, 0, 0, 255, 255, 255 });
        // an application extension first, to exercise sub-block skipping
        output.AddRange(new byte[] { 0x21, 0xFF, 0x0B });
        output.AddRange(Encoding.ASCII.GetBytes("NETSCAPE2.0"));
        output.AddRange(new byte[] { 0x03, 0x01, 0x00, 0x00, 0x00 });
        output.AddRange(new byte[] { 0x21, 0xF9, 0x04, transparent ? (byte)0x01 : (byte)0x00, 0, 0, 0, 0 });
        output.AddRange(new byte[] { 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B });
        return output.ToArray();
    }

    public static byte[] Garbage(int length = 64)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x00;
        return bytes;
    }

    private static byte[] Riff(string fourCc, byte[] data)
    {
        var output = new List<byte>(Encoding.ASCII.GetBytes("RIFF"));
        output.AddRange(LittleEndian32(4 + 8 + data.Length));
        output.AddRange(Encoding.ASCII.GetBytes("WEBP"));
        output.AddRange(Encoding.ASCII.GetBytes(fourCc));
        output.AddRange(LittleEndian32(data.Length));
        output.AddRange(data);
        return output.ToArray();
    }

    private static byte[] LittleEndian32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static void WriteUInt24(byte[] target, int offset, int value)
    {
        target[offset] = (byte)value;
        target[offset + 1] = (byte)(value >> 8);
        target[offset + 2] = (byte)(value >> 16);
    }

    private static void Chunk(List<byte> output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.AddRange(length);
        byte[] typeBytes = Encoding.ASCII.GetBytes(type);
        output.AddRange(typeBytes);
        output.AddRange(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeBytes.Concat(data).ToArray()));
        output.AddRange(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
