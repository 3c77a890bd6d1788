namespace ImageContracts;

/// <summary>Image container formats recognised by <see cref="ImageInspector"/>.</summary>
public enum ImageFormat
{
    /// <summary>Not recognised.</summary>
    Unknown,

    /// <summary>PNG.</summary>
    Png,

    /// <summary>JPEG (JFIF/EXIF).</summary>
    Jpeg,

    /// <summary>WebP (lossy, lossless or extended).</summary>
    Webp,

    /// <summary>GIF (87a or 89a).</summary>
    Gif,
}
