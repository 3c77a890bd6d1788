using System.Buffers.Binary;

namespace ImageContracts.Cli.Tests.Support;

/// <summary>Reads a PNG's signature and IHDR chunk (width, height) straight from the bytes, independent of the
/// product's own ImageInspector.</summary>
internal static class PngFile
{
    private static readonly byte[] Signature = { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };

    public static (int Width, int Height) ReadHeader(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 33, path + " is too short for a PNG (" + bytes.Length + " bytes)");
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(Signature), path + " does not start with the PNG signature");
        Assert.Equal(13, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(8, 4))); // IHDR length
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}
