using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

/// <summary>One image of a result: its bytes (decoded from <c>b64_json</c>) or its URL with the time it expires,
/// plus the <c>revised_prompt</c> DALL·E 3 returns. <see cref="ToString"/> never prints the bytes.</summary>
public sealed class GeneratedImage
{
    /// <summary>How long the API keeps image URLs valid (60 minutes).</summary>
    public static readonly TimeSpan UrlLifetime = TimeSpan.FromMinutes(60);

    /// <summary>Creates an image.</summary>
    /// <param name="bytes">The decoded bytes (empty when the API returned a URL).</param>
    /// <param name="url">The URL, when the API returned one.</param>
    /// <param name="urlExpiresAt">When the URL stops working.</param>
    /// <param name="revisedPrompt">The prompt the model actually used, when it reported one.</param>
    /// <param name="outputFormat">The image format the response reported (<c>png</c>, <c>jpeg</c>, <c>webp</c>).</param>
    public GeneratedImage(ReadOnlyMemory<byte> bytes, Uri? url = null, DateTimeOffset? urlExpiresAt = null, string? revisedPrompt = null, string? outputFormat = null)
    {
        Bytes = bytes;
        Url = url;
        UrlExpiresAt = urlExpiresAt;
        RevisedPrompt = revisedPrompt;
        OutputFormat = outputFormat;
    }

    /// <summary>The image bytes; empty when the API returned a <see cref="Url"/> instead.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>True when <see cref="Bytes"/> holds the image.</summary>
    public bool HasBytes => !Bytes.IsEmpty;

    /// <summary>The image URL (DALL·E with <c>response_format=url</c>), or null.</summary>
    public Uri? Url { get; }

    /// <summary>When <see cref="Url"/> stops working: the response's <c>created</c> time plus 60 minutes.</summary>
    public DateTimeOffset? UrlExpiresAt { get; }

    /// <summary><c>revised_prompt</c>: the prompt the model actually used (DALL·E 3), or null.</summary>
    public string? RevisedPrompt { get; }

    /// <summary>The response's <c>output_format</c>, or the format detected from the bytes.</summary>
    public string? OutputFormat { get; }

    /// <summary>The bytes as an array (the decoded array itself when possible, no copy).</summary>
    public byte[] ToArray() =>
        MemoryMarshal.TryGetArray(Bytes, out ArraySegment<byte> segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : Bytes.ToArray();

    /// <summary>The image as an <see cref="ImageFile"/>, for a follow-up edit (no copy).</summary>
    /// <param name="fileName">The file name to upload it under.</param>
    public ImageFile ToImageFile(string? fileName = null)
    {
        EnsureBytes();
        return ImageFile.FromBytes(Bytes, fileName);
    }

    /// <summary>Writes the bytes to a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        EnsureBytes();
        FileStream file = new(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            await file.WriteAsync(Bytes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A short description (format, size or URL); never the bytes.</summary>
    public override string ToString() =>
        HasBytes ? "GeneratedImage(" + (OutputFormat ?? "image") + ", " + ByteSize.Format(Bytes.Length) + ")"
        : Url is not null ? "GeneratedImage(" + Url + ")" : "GeneratedImage(empty)";

    private void EnsureBytes()
    {
        if (!HasBytes)
        {
            throw new InvalidOperationException("The image has no bytes (the API returned a URL); download it from Url first.");
        }
    }
}
