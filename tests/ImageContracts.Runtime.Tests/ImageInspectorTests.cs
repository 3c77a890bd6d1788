using ImageContracts.Runtime.Tests.Support;

namespace ImageContracts.Runtime.Tests;

public class ImageInspectorTests
{
    [Theory]
    [InlineData((byte)0, false)]
    [InlineData((byte)2, false)]
    [InlineData((byte)3, false)]
    [InlineData((byte)4, true)]
    [InlineData((byte)6, true)]
    public void Png_reads_dimensions_and_alpha_from_colour_type(byte colourType, bool alpha)
    {
        ImageInfo info = ImageInspector.Inspect(TestImages.Png(1536, 1024, colourType));

        Assert.True(info.IsValid);
        Assert.Equal(ImageFormat.Png, info.Format);
        Assert.Equal(1536, info.Width);
        Assert.Equal(1024, info.Height);
        Assert.Equal(alpha, info.HasAlpha);
    }

    [Fact]
    public void Png_trns_chunk_before_idat_means_alpha()
    {
        Assert.True(ImageInspector.Inspect(TestImages.Png(64, 64, colourType: 2, trns: true)).HasAlpha);
        Assert.True(ImageInspector.Inspect(TestImages.Png(64, 64, colourType: 3, trns: true)).HasAlpha);
    }

    [Fact]
    public void Png_trns_chunk_after_idat_is_ignored()
    {
        ImageInfo info = ImageInspector.Inspect(TestImages.Png(64, 64, colourType: 2, trns: true, trnsAfterIdat: true));

        Assert.True(info.IsValid);
        Assert.False(info.HasAlpha);
    }

    [Fact]
    public void Png_truncated_inside_ihdr_is_invalid_but_recognised()
    {
        byte[] png = TestImages.Png(64, 64);

        ImageInfo info = ImageInspector.Inspect(png.AsSpan(0, 20));

        Assert.False(info.IsValid);
        Assert.Equal(ImageFormat.Png, info.Format);
        Assert.Equal(0, info.Width);
    }

    [Fact]
    public void Png_with_zero_width_or_bad_colour_type_is_invalid()
    {
        Assert.False(ImageInspector.Inspect(TestImages.Png(0, 64)).IsValid);
        Assert.False(ImageInspector.Inspect(TestImages.Png(64, 64, colourType: 5)).IsValid);
    }

    [Fact]
    public void Png_header_alone_without_later_chunks_is_valid()
    {
        byte[] png = TestImages.Png(300, 200, colourType: 6);

        ImageInfo info = ImageInspector.Inspect(png.AsSpan(0, 29));

        Assert.True(info.IsValid);
        Assert.Equal((300, 200, true), (info.Width, info.Height, info.HasAlpha));
    }

    [Theory]
    [InlineData((byte)0xC0)]
    [InlineData((byte)0xC1)]
    [InlineData((byte)0xC2)]
    [InlineData((byte)0xCF)]
    public void Jpeg_reads_dimensions_from_sof(byte marker)
    {
        ImageInfo info = ImageInspector.Inspect(TestImages.Jpeg(1792, 1024, marker));

        Assert.True(info.IsValid);
        Assert.Equal(ImageFormat.Jpeg, info.Format);
        Assert.Equal(1792, info.Width);
        Assert.Equal(1024, info.Height);
        Assert.False(info.HasAlpha);
    }

    [Fact]
    public void Jpeg_skips_dht_segment_that_looks_like_a_frame_header()
    {
        ImageInfo info = ImageInspector.Inspect(TestImages.Jpeg(640, 480, dhtFirst: true));

        Assert.True(info.IsValid);
        Assert.Equal((640, 480), (info.Width, info.Height));
    }

    [Fact]
    public void Jpeg_tolerates_fill_bytes_before_a_marker()
    {
        ImageInfo info = ImageInspector.Inspect(TestImages.Jpeg(100, 50, fillBytes: 3));

        Assert.True(info.IsValid);
        Assert.Equal((100, 50), (info.Width, info.Height));
    }

    [Fact]
    public void Jpeg_truncated_before_sof_is_invalid_but_recognised()
    {
        byte[] jpeg = TestImages.Jpeg(100, 50);

        ImageInfo info = ImageInspector.Inspect(jpeg.AsSpan(0, 22));

        Assert.False(info.IsValid);
        Assert.Equal(ImageFormat.Jpeg, info.Format);
    }

    [Fact]
    public void Jpeg_with_scan_before_frame_is_invalid()
    {
        byte[] jpeg = { 0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0, 0xFF, 0xD9 };

        Assert.False(ImageInspector.Inspect(jpeg).IsValid);
    }

    [Fact]
    public void Webp_lossy_vp8_reads_14_bit_dimensions()
    {
        ImageInfo info = ImageInspector.Inspect(TestImages.WebpVp8(1024, 1536));

        Assert.True(info.IsValid);
        Assert.Equal(ImageFormat.Webp, info.Format);
        Assert.Equal((1024, 1536, false), (info.Width, info.Height, info.HasAlpha));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Webp_lossless_vp8l_reads_dimensions_and_alpha_bit(bool alpha)
    {
        ImageInfo info = ImageInspector.Inspect(TestImages.WebpVp8L(16383, 2, alpha));

        Assert.True(info.IsValid);
        Assert.Equal((16383, 2, alpha), (info.Width, info.Height, info.HasAlpha));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Webp_extended_vp8x_reads_24_bit_canvas_and_alpha_flag(bool alpha)
    {
        ImageInfo info = ImageInspector.Inspect(TestImages.WebpVp8X(20000, 70000, alpha));

        Assert.True(info.IsValid);
        Assert.Equal((20000, 70000, alpha), (info.Width, info.Height, info.HasAlpha));
    }

    [Fact]
    public void Webp_vp8_without_start_code_is_invalid()
    {
        byte[] webp = TestImages.WebpVp8(64, 64);
        webp[23] = 0;

        ImageInfo info = ImageInspector.Inspect(webp);

        Assert.False(info.IsValid);
        Assert.Equal(ImageFormat.Webp, info.Format);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Gif_reads_logical_screen_and_transparency(bool transparent, bool version87)
    {
        ImageInfo info = ImageInspector.Inspect(TestImages.Gif(320, 240, transparent, version87));

        Assert.True(info.IsValid);
        Assert.Equal(ImageFormat.Gif, info.Format);
        Assert.Equal((320, 240, transparent), (info.Width, info.Height, info.HasAlpha));
    }

    [Fact]
    public void Garbage_and_empty_input_are_invalid_and_unknown()
    {
        Assert.Equal(ImageInfo.Invalid, ImageInspector.Inspect(TestImages.Garbage()));
        Assert.Equal(ImageFormat.Unknown, ImageInspector.Inspect(ReadOnlySpan<byte>.Empty).Format);
        Assert.False(ImageInspector.Inspect("GIF90a.........."u8).IsValid);
    }

    public static TheoryData<string> AllFormats() => new() { "png", "png-trns", "jpeg", "jpeg-dht", "vp8", "vp8l", "vp8x", "gif" };

    [Theory]
    [MemberData(nameof(AllFormats))]
    public void Every_prefix_of_a_valid_image_is_handled_without_exceptions(string kind)
    {
        byte[] image = kind switch
        {
            "png" => TestImages.Png(10, 20),
            "png-trns" => TestImages.Png(10, 20, trns: true),
            "jpeg" => TestImages.Jpeg(10, 20),
            "jpeg-dht" => TestImages.Jpeg(10, 20, dhtFirst: true),
            "vp8" => TestImages.WebpVp8(10, 20),
            "vp8l" => TestImages.WebpVp8L(10, 20, true),
            "vp8x" => TestImages.WebpVp8X(10, 20, true),
            _ => TestImages.Gif(10, 20, true),
        };

        int firstValid = -1;
        for (int length = 0; length <= image.Length; length++)
        {
            ImageInfo info = ImageInspector.Inspect(image.AsSpan(0, length));
            if (info.IsValid)
            {
                Assert.Equal((10, 20), (info.Width, info.Height));
                if (firstValid < 0)
                {
                    firstValid = length;
                }
            }
            else
            {
                Assert.True(firstValid < 0, $"prefix {length} invalid after {firstValid} was valid");
            }
        }

        Assert.True(ImageInspector.Inspect(image).IsValid);
        Assert.True(firstValid > 0);
    }

    [Fact]
    public void Corrupted_bytes_never_throw()
    {
        var random = new Random(7);
        foreach (byte[] original in new[] { TestImages.Png(8, 8, 6, true), TestImages.Jpeg(8, 8), TestImages.WebpVp8X(8, 8, true), TestImages.Gif(8, 8, true) })
        {
            for (int round = 0; round < 500; round++)
            {
                byte[] copy = (byte[])original.Clone();
                int position = random.Next(6, copy.Length); // keep most signatures intact
                copy[position] = (byte)random.Next(256);
                _ = ImageInspector.Inspect(copy);
            }
        }
    }

    [Fact]
    public void Info_to_string_is_readable()
    {
        Assert.Equal("png 10x20 alpha", ImageInspector.Inspect(TestImages.Png(10, 20, 6)).ToString());
        Assert.Equal("unknown (unreadable)", ImageInfo.Invalid.ToString());
    }
}
