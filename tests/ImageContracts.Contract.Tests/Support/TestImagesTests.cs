using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ImageContracts.Contract.Tests.Support;

/// <summary>The hand-built test images are what the other tests assume they are.</summary>
public class TestImagesTests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)] // the CRC-32 check value
    [InlineData("IEND", 0xAE426082u)]      // the CRC every PNG ends with
    public void Crc32_matches_known_values(string text, uint expected) =>
        Assert.Equal(expected, TestImages.Crc32(Encoding.ASCII.GetBytes(text)));

    [Theory]
    [InlineData(64, 32, true)]
    [InlineData(17, 5, false)]
    public void Png_is_well_formed(int width, int height, bool alpha)
    {
        byte[] png = TestImages.Png(width, height, alpha);
        var chunks = TestImages.Chunks(png);

        Assert.Equal(new[] { "IHDR", "IDAT", "IEND" }, chunks.Select(c => c.Type));
        foreach (var (type, data, crc) in chunks)
        {
            Assert.Equal(TestImages.Crc32(Encoding.ASCII.GetBytes(type).Concat(data).ToArray()), crc);
        }

        byte[] ihdr = chunks[0].Data;
        Assert.Equal((uint)width, BinaryPrimitives.ReadUInt32BigEndian(ihdr));
        Assert.Equal((uint)height, BinaryPrimitives.ReadUInt32BigEndian(ihdr.AsSpan(4)));

        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        Assert.Equal(height * (1 + (width * (alpha ? 4 : 3))), inflated.Length);
    }

    [Fact]
    public void Png_header_is_read_by_the_inspector()
    {
        ImageInfo rgba = ImageInspector.Inspect(TestImages.Png(1024, 1536, alpha: true));
        ImageInfo rgb = ImageInspector.Inspect(TestImages.Png(300, 200, alpha: false));

        Assert.Equal((ImageFormat.Png, 1024, 1536, true, true), (rgba.Format, rgba.Width, rgba.Height, rgba.HasAlpha, rgba.IsValid));
        Assert.Equal((ImageFormat.Png, 300, 200, false, true), (rgb.Format, rgb.Width, rgb.Height, rgb.HasAlpha, rgb.IsValid));
    }

    [Fact]
    public void Padded_png_has_the_exact_length_and_stays_readable()
    {
        const long Total = 5 * 1024 * 1024;
        byte[] png = TestImages.Png(64, 64, totalBytes: Total);

        Assert.Equal(Total, png.LongLength);
        Assert.Equal(new[] { "IHDR", "IDAT", "paDd", "IEND" }, TestImages.Chunks(png).Select(c => c.Type));
        Assert.True(ImageInspector.Inspect(png).IsValid);
    }

    [Fact]
    public void Jpeg_and_gif_headers_are_read_by_the_inspector()
    {
        ImageInfo jpeg = ImageInspector.Inspect(TestImages.Jpeg(640, 480));
        ImageInfo gif = ImageInspector.Inspect(TestImages.Gif(320, 240));

        Assert.Equal((ImageFormat.Jpeg, 640, 480, true), (jpeg.Format, jpeg.Width, jpeg.Height, jpeg.IsValid));
        Assert.Equal((ImageFormat.Gif, 320, 240, true), (gif.Format, gif.Width, gif.Height, gif.IsValid));
    }
}
