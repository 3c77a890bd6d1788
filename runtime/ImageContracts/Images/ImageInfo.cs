using System.Globalization;

namespace ImageContracts;

/// <summary>What <see cref="ImageInspector"/> read from an image header.</summary>
/// <remarks><see cref="Format"/> is set as soon as the signature is recognised, even when the rest of the header is
/// truncated or corrupt; <see cref="IsValid"/> is true only when the dimensions could be read.</remarks>
public readonly record struct ImageInfo
{
    /// <summary>The detected container format.</summary>
    public ImageFormat Format { get; init; }

    /// <summary>Width in pixels (0 when unknown).</summary>
    public int Width { get; init; }

    /// <summary>Height in pixels (0 when unknown).</summary>
    public int Height { get; init; }

    /// <summary>True when the header declares an alpha channel or transparency (PNG colour type 4/6 or tRNS,
    /// WebP alpha flags, GIF transparent colour). JPEG never has alpha.</summary>
    public bool HasAlpha { get; init; }

    /// <summary>True when the format was recognised and positive dimensions were read.</summary>
    public bool IsValid { get; init; }

    /// <summary>True when the image is valid and width equals height.</summary>
    public bool IsSquare => IsValid && Width == Height;

    /// <summary>An invalid result for unrecognised input.</summary>
    public static ImageInfo Invalid => default;

    /// <inheritdoc />
    public override string ToString()
    {
        if (!IsValid)
        {
            return Format == ImageFormat.Unknown ? "unknown (unreadable)" : WireValue.Format(Format) + " (unreadable)";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{WireValue.Format(Format)} {Width}x{Height}{(HasAlpha ? " alpha" : "")}");
    }
}
