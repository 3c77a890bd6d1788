using System;
using System.Collections.Generic;
using ImageMagick;

namespace ImageContracts.Emulator;

/// <summary>Encodes RGBA frames with Magick.NET (ImageMagick): PNG, JPEG, WebP and animated GIF from one codec
/// library, and decodes callers' input images (any format ImageMagick reads, orientation applied).</summary>
internal static class ImageCodec
{
    /// <summary>Encodes one still picture as <paramref name="format"/> (<c>png</c>, <c>jpeg</c> or <c>webp</c>);
    /// <paramref name="compression"/> is the API's <c>output_compression</c> (0-100, 100 = best) for JPEG and WebP.</summary>
    public static byte[] EncodeStill(byte[] rgba, int width, int height, string format, bool transparent, int compression)
    {
        using MagickImage image = FromPixels(rgba, width, height);
        switch (format)
        {
            case "jpeg":
                image.Alpha(AlphaAction.Remove);
                image.Alpha(AlphaAction.Off);
                image.Quality = (uint)Math.Clamp(compression, 1, 100);
                return image.ToByteArray(MagickFormat.Jpeg);
            case "webp":
                if (!transparent)
                {
                    image.Alpha(AlphaAction.Off);
                }

                image.Quality = (uint)Math.Clamp(compression, 1, 100);
                return image.ToByteArray(MagickFormat.WebP);
            default:
                // Truecolour PNGs (colour type 6 with alpha, 2 without), never a palette chosen by colour count.
                image.Settings.SetDefine(MagickFormat.Png, "bit-depth", "8");
                image.Settings.SetDefine(MagickFormat.Png, "color-type", transparent ? "6" : "2");
                if (!transparent)
                {
                    image.Alpha(AlphaAction.Off);
                }

                return image.ToByteArray(MagickFormat.Png);
        }
    }

    /// <summary>Encodes an endlessly looping animated GIF; <paramref name="frameDurationMs"/> is rounded to the GIF's
    /// 10 ms unit.</summary>
    public static byte[] EncodeGif(IReadOnlyList<byte[]> frames, int width, int height, int frameDurationMs, bool transparent)
    {
        using var collection = new MagickImageCollection();
        foreach (byte[] rgba in frames)
        {
            MagickImage frame = FromPixels(rgba, width, height);
            frame.AnimationDelay = (uint)Math.Clamp((frameDurationMs + 5) / 10, 2, 65535);
            frame.AnimationTicksPerSecond = 100;
            frame.GifDisposeMethod = transparent ? GifDisposeMethod.Background : GifDisposeMethod.None;
            if (!transparent)
            {
                frame.Alpha(AlphaAction.Off);
            }

            collection.Add(frame);
        }

        collection[0].AnimationIterations = 0;
        return collection.ToByteArray(MagickFormat.Gif);
    }

    /// <summary>Decodes <paramref name="bytes"/> and scales it to exactly <paramref name="width"/> x
    /// <paramref name="height"/> RGBA pixels.</summary>
    /// <exception cref="MagickException">The bytes are not an image ImageMagick can read.</exception>
    public static byte[] DecodeTo(ReadOnlySpan<byte> bytes, int width, int height)
    {
        using var image = new MagickImage(bytes);
        image.AutoOrient();
        image.Alpha(AlphaAction.Set);
        image.Resize(new MagickGeometry((uint)width, (uint)height) { IgnoreAspectRatio = true });
        using IUnsafePixelCollection<byte> pixels = image.GetPixelsUnsafe();
        return pixels.ToByteArray(PixelMapping.RGBA) ?? throw new InvalidOperationException("ImageMagick returned no pixels.");
    }

    /// <summary>The width and height of an input image, or null when it cannot be read.</summary>
    public static (int Width, int Height)? Dimensions(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var info = new MagickImageInfo(bytes);
            return ((int)info.Width, (int)info.Height);
        }
        catch (MagickException)
        {
            return null;
        }
    }

    private static MagickImage FromPixels(byte[] rgba, int width, int height)
        => new(rgba, new PixelReadSettings((uint)width, (uint)height, StorageType.Char, PixelMapping.RGBA));
}
