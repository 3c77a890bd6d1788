using ImageMagick;

namespace ImageContracts.Emulator.Tests.Support;

/// <summary>Pixel access for content assertions (mask respected, partials converge). Format, size, frames and alpha
/// are checked with the Debian decoders in <see cref="Decoders"/>.</summary>
public static class Pixels
{
    public static byte[] Rgba(byte[] image, out int width, out int height)
    {
        using var decoded = new MagickImage(image);
        decoded.Alpha(AlphaAction.Set);
        width = (int)decoded.Width;
        height = (int)decoded.Height;
        using IUnsafePixelCollection<byte> pixels = decoded.GetPixelsUnsafe();
        return pixels.ToByteArray(PixelMapping.RGBA)!;
    }

    /// <summary>A PNG of one colour (alpha as given) made with ImageMagick, the caller's "input image".</summary>
    public static byte[] SolidPng(int width, int height, byte r, byte g, byte b, byte a = 255)
    {
        byte[] rgba = new byte[width * height * 4];
        for (int i = 0; i < rgba.Length; i += 4)
        {
            rgba[i] = r;
            rgba[i + 1] = g;
            rgba[i + 2] = b;
            rgba[i + 3] = a;
        }

        return Png(rgba, width, height);
    }

    public static byte[] Png(byte[] rgba, int width, int height)
    {
        using var image = new MagickImage(rgba, new PixelReadSettings((uint)width, (uint)height, StorageType.Char, PixelMapping.RGBA));
        image.Settings.SetDefine(MagickFormat.Png, "color-type", "6");
        return image.ToByteArray(MagickFormat.Png);
    }

    /// <summary>Mean absolute difference per channel between two equally sized RGBA buffers.</summary>
    public static double Difference(byte[] a, byte[] b)
    {
        Assert.Equal(a.Length, b.Length);
        long sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }

        return (double)sum / a.Length;
    }
}
