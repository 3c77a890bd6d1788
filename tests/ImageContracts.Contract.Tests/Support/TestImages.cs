using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace ImageContracts.Contract.Tests.Support;

/// <summary>
/// Builds small, well-formed image files in memory for the tests: PNG (signature, IHDR, IDAT with a real zlib
/// stream of blank scanlines, optional padding chunk, IEND; every chunk with its CRC-32), plus minimal JPEG and
/// GIF headers. Results are cached and shared: never mutate a returned array.
/// </summary>
internal static class TestImages
{
    private static readonly byte[] PngSignature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
    private static readonly uint[] CrcTable = BuildCrcTable();
    private static readonly ConcurrentDictionary<(int Width, int Height, bool Alpha, long Total), byte[]> Cache = new();

    /// <summary>A PNG of <paramref name="width"/>×<paramref name="height"/> pixels, RGBA (colour type 6) or RGB
    /// (colour type 2). With <paramref name="totalBytes"/> a private ancillary chunk (<c>paDd</c>) pads the file to
    /// exactly that many bytes.</summary>
    public static byte[] Png(int width, int height, bool alpha = true, long? totalBytes = null) =>
        Cache.GetOrAdd((width, height, alpha, totalBytes ?? 0), key => BuildPng(key.Width, key.Height, key.Alpha, key.Total));

    /// <summary><see cref="Png"/> wrapped as an <see cref="ImageFile"/>.</summary>
    public static ImageFile PngFile(int width, int height, bool alpha = true, long? totalBytes = null, string? fileName = null) =>
        ImageFile.FromBytes(Png(width, height, alpha, totalBytes), fileName);

    /// <summary>A baseline JPEG header: SOI, APP0 (JFIF), SOF0 with the dimensions, EOI.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        bytes.AddRange(new byte[] { 0xFF, 0xE0, 0x00, 0x10 });
        bytes.AddRange(Encoding.ASCII.GetBytes("JFIF\0"));
        bytes.AddRange(new byte[] { 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00 });
        bytes.AddRange(new byte[] { 0xFF, 0xC0, 0x00, 0x11, 0x08 });
        bytes.AddRange(BigEndian16(height));
        bytes.AddRange(BigEndian16(width));
        bytes.AddRange(new byte[] { 0x03, 0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00 });
        bytes.AddRange(new byte[] { 0xFF, 0xD9 });
        return bytes.ToArray();
    }

    /// <summary>A GIF89a logical screen descriptor and trailer.</summary>
    public static byte[] Gif(int width, int height)
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes("GIF89a"));
        bytes.Add((byte)(width & 0xFF));
        bytes.Add((byte)(width >> 8));
        bytes.Add((byte)(height & 0xFF));
        bytes.Add((byte)(height >> 8));
        bytes.AddRange(new byte[] { 0x00, 0x00, 0x00, 0x3B });
        return bytes.ToArray();
    }

    /// <summary>CRC-32 (ISO-HDLC / PNG: reflected polynomial 0xEDB88320, initial and final XOR 0xFFFFFFFF).</summary>
    public static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFF;
    }

    /// <summary>The chunks of a PNG as (type, data, stored CRC), for checking the builder itself.</summary>
    public static IReadOnlyList<(string Type, byte[] Data, uint Crc)> Chunks(byte[] png)
    {
        var chunks = new List<(string, byte[], uint)>();
        int pos = PngSignature.Length;
        while (pos + 12 <= png.Length)
        {
            int length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos)));
            string type = Encoding.ASCII.GetString(png, pos + 4, 4);
            byte[] data = png.AsSpan(pos + 8, length).ToArray();
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + length));
            chunks.Add((type, data, crc));
            pos += 12 + length;
        }

        return chunks;
    }

    private static byte[] BuildPng(int width, int height, bool alpha, long totalBytes)
    {
        using var output = new MemoryStream();
        output.Write(PngSignature);

        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(0), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), (uint)height);
        ihdr[8] = 8;                      // bit depth
        ihdr[9] = (byte)(alpha ? 6 : 2);  // colour type: RGBA or RGB
        ihdr[10] = 0;                     // compression
        ihdr[11] = 0;                     // filter
        ihdr[12] = 0;                     // interlace
        WriteChunk(output, "IHDR", ihdr);
        WriteChunk(output, "IDAT", BlankScanlines(width, height, alpha ? 4 : 3));

        if (totalBytes <= 0)
        {
            WriteChunk(output, "IEND", Array.Empty<byte>());
            return output.ToArray();
        }

        // Padded: write straight into the final array (a zero-filled paDd chunk before IEND) to keep memory low.
        long padding = totalBytes - output.Length - 12 - 12;
        if (padding < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(totalBytes), $"A {width}x{height} PNG needs at least {output.Length + 24} bytes.");
        }

        byte[] file = new byte[totalBytes];
        output.ToArray().CopyTo(file, 0);
        int pos = (int)output.Length;
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(pos), (uint)padding);
        Encoding.ASCII.GetBytes("paDd", file.AsSpan(pos + 4));
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(pos + 8 + (int)padding), Crc32(file.AsSpan(pos + 4, 4 + (int)padding)));
        pos += 12 + (int)padding;
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(pos), 0);
        Encoding.ASCII.GetBytes("IEND", file.AsSpan(pos + 4));
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(pos + 8), Crc32(file.AsSpan(pos + 4, 4)));
        return file;
    }

    private static byte[] BlankScanlines(int width, int height, int channels)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + (width * channels)]; // filter type 0, then zero samples
            for (int y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        output.Write(word);

        byte[] typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);
        output.Write(typeAndData);

        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typeAndData));
        output.Write(word);
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    private static byte[] BigEndian16(int value) => new[] { (byte)(value >> 8), (byte)(value & 0xFF) };
}
