using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts;

/// <summary>An image to upload: its bytes plus an optional file name. Format, size and alpha are read lazily from
/// the header by <see cref="ImageInspector"/>. <see cref="ToString"/> never prints the bytes.</summary>
public sealed class ImageFile
{
    private object? _info; // boxed ImageInfo, set once

    private ImageFile(ReadOnlyMemory<byte> bytes, string? fileName)
    {
        Bytes = bytes;
        FileName = fileName;
    }

    /// <summary>The file content.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The file name sent in multipart uploads, or null to derive one from the format (e.g. <c>image.png</c>).</summary>
    public string? FileName { get; }

    /// <summary>Size of the file in bytes.</summary>
    public long Length => Bytes.Length;

    /// <summary>Header information (inspected on first access).</summary>
    public ImageInfo Info
    {
        get
        {
            if (_info is ImageInfo cached)
            {
                return cached;
            }

            ImageInfo info = ImageInspector.Inspect(Bytes.Span);
            _info = info;
            return info;
        }
    }

    /// <summary>The detected format.</summary>
    public ImageFormat Format => Info.Format;

    /// <summary>Width in pixels (0 when unreadable).</summary>
    public int Width => Info.Width;

    /// <summary>Height in pixels (0 when unreadable).</summary>
    public int Height => Info.Height;

    /// <summary>True when the header declares alpha or transparency.</summary>
    public bool HasAlpha => Info.HasAlpha;

    /// <summary>MIME type from the detected format: <c>image/png</c>, <c>image/jpeg</c>, <c>image/webp</c>,
    /// <c>image/gif</c>, else <c>application/octet-stream</c>.</summary>
    public string ContentType => WireValue.ContentType(Format);

    /// <summary>Wraps bytes (not copied; do not mutate the array afterwards).</summary>
    /// <param name="bytes">The file content.</param>
    /// <param name="fileName">Optional file name for uploads.</param>
    public static ImageFile FromBytes(byte[] bytes, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new ImageFile(bytes, fileName);
    }

    /// <summary>Wraps bytes (not copied).</summary>
    /// <param name="bytes">The file content.</param>
    /// <param name="fileName">Optional file name for uploads.</param>
    public static ImageFile FromBytes(ReadOnlyMemory<byte> bytes, string? fileName = null) => new(bytes, fileName);

    /// <summary>Reads a file from disk; <see cref="FileName"/> is the path's file name.</summary>
    /// <param name="path">The file path.</param>
    public static ImageFile FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new ImageFile(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads a file from disk asynchronously; <see cref="FileName"/> is the path's file name.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ImageFile> FromFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return new ImageFile(bytes, Path.GetFileName(path));
    }

    /// <summary>The file name to send: <see cref="FileName"/>, else <c>image.png</c>, <c>image.jpg</c>,
    /// <c>image.webp</c>, <c>image.gif</c> or <c>image.bin</c> by detected format.</summary>
    public string EffectiveFileName => string.IsNullOrEmpty(FileName) ? "image." + WireValue.FileExtension(Format) : FileName;

    /// <summary>A short description such as <c>ImageFile(png, 1024x1024, 1.2 MB)</c>; never includes the bytes.</summary>
    public override string ToString()
    {
        ImageInfo info = Info;
        string name = string.IsNullOrEmpty(FileName) ? "" : FileName + ", ";
        string format = info.Format == ImageFormat.Unknown ? "unknown" : WireValue.Format(info.Format);
        string dims = info.IsValid
            ? string.Create(CultureInfo.InvariantCulture, $"{info.Width}x{info.Height}")
            : "unreadable";
        return "ImageFile(" + name + format + ", " + dims + ", " + ByteSize.Format(Length) + ")";
    }
}
