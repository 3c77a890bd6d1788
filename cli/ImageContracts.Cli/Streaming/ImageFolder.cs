using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Cli.Streaming;

/// <summary>
/// Writes the images of one call into the <c>--out</c> folder: <c>NAME.partial-0.png</c>, ... as partials arrive, then
/// <c>NAME.png</c> (or <c>NAME-1.png</c>, <c>NAME-2.png</c> for several images). The extension follows the bytes.
/// </summary>
internal sealed class ImageFolder
{
    private readonly string _directory;
    private readonly string _name;
    private readonly int _count;

    /// <param name="directory">The folder; created when missing.</param>
    /// <param name="name">The file name stem.</param>
    /// <param name="count">How many final images the call asks for (n).</param>
    public ImageFolder(string directory, string name, int count)
    {
        _directory = Path.GetFullPath(directory);
        _name = name;
        _count = count;
    }

    public Task<SavedImage> SavePartialAsync(int index, ReadOnlyMemory<byte> bytes, string? outputFormat, CancellationToken cancellationToken) =>
        SaveAsync(_name + ".partial-" + index, "partial", index, bytes, outputFormat, cancellationToken);

    public Task<SavedImage> SaveFinalAsync(int index, ReadOnlyMemory<byte> bytes, string? outputFormat, CancellationToken cancellationToken) =>
        SaveAsync(_count > 1 ? _name + "-" + (index + 1) : _name, "final", index, bytes, outputFormat, cancellationToken);

    private async Task<SavedImage> SaveAsync(string stem, string kind, int index, ReadOnlyMemory<byte> bytes, string? outputFormat, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_directory);
        ImageInfo info = ImageInspector.Inspect(bytes.Span);
        string format = info.Format != ImageFormat.Unknown ? WireValue.Format(info.Format) : outputFormat ?? (LooksLikeSvg(bytes.Span) ? "svg" : "bin");
        string path = Path.Combine(_directory, stem + "." + (format == "jpeg" ? "jpg" : format));
        await File.WriteAllBytesAsync(path, bytes.ToArray(), cancellationToken).ConfigureAwait(false);
        return new SavedImage(path, kind, index, bytes.Length, format, info.Width, info.Height);
    }

    private static bool LooksLikeSvg(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes[..Math.Min(bytes.Length, 256)];
        return head.IndexOf("<svg"u8) >= 0;
    }
}
