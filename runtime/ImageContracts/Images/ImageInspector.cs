using System;
using System.Buffers.Binary;

namespace ImageContracts;

/// <summary>Reads format, dimensions and alpha from image headers without decoding pixels.</summary>
/// <remarks>Supported: PNG (IHDR, tRNS before IDAT), JPEG (first SOFn marker), WebP (VP8, VP8L, VP8X) and GIF
/// (logical screen descriptor, transparency flag of the first graphic control extension). Garbage or truncated input
/// yields <see cref="ImageInfo.IsValid"/> false; this method never throws.</remarks>
public static class ImageInspector
{
    private static ReadOnlySpan<byte> PngSignature => new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

    /// <summary>Inspects the header of an image.</summary>
    /// <param name="bytes">The file bytes (at least the header).</param>
    /// <returns>The detected format, dimensions and alpha; <see cref="ImageInfo.IsValid"/> false when unreadable.</returns>
    public static ImageInfo Inspect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 8 && bytes.Slice(0, 8).SequenceEqual(PngSignature))
        {
            return InspectPng(bytes);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return InspectJpeg(bytes);
        }

        if (bytes.Length >= 12 && IsAscii(bytes, 0, "RIFF") && IsAscii(bytes, 8, "WEBP"))
        {
            return InspectWebp(bytes);
        }

        if (bytes.Length >= 6 && (IsAscii(bytes, 0, "GIF87a") || IsAscii(bytes, 0, "GIF89a")))
        {
            return InspectGif(bytes);
        }

        return ImageInfo.Invalid;
    }

    /// <summary>Detects only the format from the magic number (PNG, JPEG, WebP, GIF).</summary>
    /// <param name="bytes">The file bytes (at least the first 12).</param>
    public static ImageFormat DetectFormat(ReadOnlySpan<byte> bytes) => Inspect(bytes).Format;

    private static ImageInfo InspectPng(ReadOnlySpan<byte> b)
    {
        var unreadable = new ImageInfo { Format = ImageFormat.Png };

        // Signature (8) + IHDR chunk: length (4), type (4), data (13).
        if (b.Length < 8 + 8 + 13 || !IsAscii(b, 12, "IHDR") || BinaryPrimitives.ReadUInt32BigEndian(b.Slice(8)) != 13)
        {
            return unreadable;
        }

        uint width = BinaryPrimitives.ReadUInt32BigEndian(b.Slice(16));
        uint height = BinaryPrimitives.ReadUInt32BigEndian(b.Slice(20));
        byte colourType = b[25];
        if (width == 0 || height == 0 || width > int.MaxValue || height > int.MaxValue
            || colourType is not (0 or 2 or 3 or 4 or 6))
        {
            return unreadable;
        }

        bool alpha = colourType is 4 or 6;
        int pos = 8 + 8 + 13 + 4; // after the IHDR CRC
        while (!alpha && pos + 8 <= b.Length)
        {
            uint length = BinaryPrimitives.ReadUInt32BigEndian(b.Slice(pos));
            if (IsAscii(b, pos + 4, "tRNS"))
            {
                alpha = true;
            }
            else if (IsAscii(b, pos + 4, "IDAT") || IsAscii(b, pos + 4, "IEND") || length > int.MaxValue)
            {
                break;
            }

            long next = (long)pos + 12 + length;
            if (next > b.Length)
            {
                break;
            }

            pos = (int)next;
        }

        return new ImageInfo { Format = ImageFormat.Png, Width = (int)width, Height = (int)height, HasAlpha = alpha, IsValid = true };
    }

    private static ImageInfo InspectJpeg(ReadOnlySpan<byte> b)
    {
        var unreadable = new ImageInfo { Format = ImageFormat.Jpeg };
        int pos = 2;
        while (pos < b.Length)
        {
            if (b[pos] != 0xFF)
            {
                return unreadable;
            }

            // Skip fill bytes.
            while (pos < b.Length && b[pos] == 0xFF)
            {
                pos++;
            }

            if (pos >= b.Length)
            {
                return unreadable;
            }

            byte marker = b[pos++];
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0xD8)
            {
                continue; // standalone markers: TEM, RSTn, SOI
            }

            if (marker == 0xD9 || marker == 0xDA || marker == 0x00)
            {
                return unreadable; // EOI / start of scan before any frame header, or a stuffed byte out of place
            }

            if (pos + 2 > b.Length)
            {
                return unreadable;
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(b.Slice(pos));
            if (length < 2)
            {
                return unreadable;
            }

            bool isFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (isFrame)
            {
                // length (2), precision (1), height (2), width (2)
                if (length < 7 || pos + 7 > b.Length)
                {
                    return unreadable;
                }

                int height = BinaryPrimitives.ReadUInt16BigEndian(b.Slice(pos + 3));
                int width = BinaryPrimitives.ReadUInt16BigEndian(b.Slice(pos + 5));
                if (width == 0 || height == 0)
                {
                    return unreadable;
                }

                return new ImageInfo { Format = ImageFormat.Jpeg, Width = width, Height = height, IsValid = true };
            }

            pos += length;
        }

        return unreadable;
    }

    private static ImageInfo InspectWebp(ReadOnlySpan<byte> b)
    {
        var unreadable = new ImageInfo { Format = ImageFormat.Webp };
        if (b.Length < 20)
        {
            return unreadable;
        }

        if (IsAscii(b, 12, "VP8 "))
        {
            // Frame tag (3 bytes) at 20, start code 9D 01 2A at 23, then 14-bit width and height (+2 scale bits).
            if (b.Length < 30 || b[23] != 0x9D || b[24] != 0x01 || b[25] != 0x2A)
            {
                return unreadable;
            }

            int width = BinaryPrimitives.ReadUInt16LittleEndian(b.Slice(26)) & 0x3FFF;
            int height = BinaryPrimitives.ReadUInt16LittleEndian(b.Slice(28)) & 0x3FFF;
            return width == 0 || height == 0
                ? unreadable
                : new ImageInfo { Format = ImageFormat.Webp, Width = width, Height = height, IsValid = true };
        }

        if (IsAscii(b, 12, "VP8L"))
        {
            // Signature 0x2F at 20, then 14 bits width-1, 14 bits height-1, 1 bit alpha, 3 bits version (LSB first).
            if (b.Length < 25 || b[20] != 0x2F)
            {
                return unreadable;
            }

            uint bits = BinaryPrimitives.ReadUInt32LittleEndian(b.Slice(21));
            int width = (int)(bits & 0x3FFF) + 1;
            int height = (int)((bits >> 14) & 0x3FFF) + 1;
            bool alpha = ((bits >> 28) & 1) != 0;
            if ((bits >> 29) != 0)
            {
                return unreadable; // version must be 0
            }

            return new ImageInfo { Format = ImageFormat.Webp, Width = width, Height = height, HasAlpha = alpha, IsValid = true };
        }

        if (IsAscii(b, 12, "VP8X"))
        {
            // Flags at 20 (alpha = 0x10), 3 reserved bytes, then 24-bit canvas width-1 and height-1.
            if (b.Length < 30)
            {
                return unreadable;
            }

            bool alpha = (b[20] & 0x10) != 0;
            int width = ReadUInt24LittleEndian(b.Slice(24)) + 1;
            int height = ReadUInt24LittleEndian(b.Slice(27)) + 1;
            return new ImageInfo { Format = ImageFormat.Webp, Width = width, Height = height, HasAlpha = alpha, IsValid = true };
        }

        return unreadable;
    }

    private static ImageInfo InspectGif(ReadOnlySpan<byte> b)
    {
        var unreadable = new ImageInfo { Format = ImageFormat.Gif };
        if (b.Length < 13)
        {
            return unreadable;
        }

        int width = BinaryPrimitives.ReadUInt16LittleEndian(b.Slice(6));
        int height = BinaryPrimitives.ReadUInt16LittleEndian(b.Slice(8));
        if (width == 0 || height == 0)
        {
            return unreadable;
        }

        return new ImageInfo { Format = ImageFormat.Gif, Width = width, Height = height, HasAlpha = GifHasTransparency(b), IsValid = true };
    }

    // Looks at the extension blocks before the first image descriptor for a graphic control
    // extension with the transparent-colour flag. Anything unexpected ends the search (no alpha).
    private static bool GifHasTransparency(ReadOnlySpan<byte> b)
    {
        byte packed = b[10];
        int pos = 13;
        if ((packed & 0x80) != 0)
        {
            pos += 3 * (1 << ((packed & 0x07) + 1));
        }

        while (pos + 1 < b.Length && b[pos] == 0x21)
        {
            byte label = b[pos + 1];
            if (label == 0xF9)
            {
                return pos + 3 < b.Length && b[pos + 2] == 4 && (b[pos + 3] & 0x01) != 0;
            }

            pos += 2;
            while (pos < b.Length && b[pos] != 0)
            {
                pos += b[pos] + 1; // skip data sub-blocks
            }

            pos++; // block terminator
        }

        return false;
    }

    private static int ReadUInt24LittleEndian(ReadOnlySpan<byte> b) => b[0] | (b[1] << 8) | (b[2] << 16);

    private static bool IsAscii(ReadOnlySpan<byte> b, int offset, string text)
    {
        if (offset < 0 || offset + text.Length > b.Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (b[offset + i] != (byte)text[i])
            {
                return false;
            }
        }

        return true;
    }
}
