using System;
using System.Text.Json;

namespace ImageContracts;

/// <summary>An image given by reference, as JSON edits and the Responses tool accept it: a URL (https or
/// <c>data:</c> URL) or a Files API id. Exactly one of <see cref="Url"/> and <see cref="FileId"/> is set.
/// <see cref="ToString"/> never prints base64 data.</summary>
public sealed class ImageReference
{
    private static readonly object NotDecodable = new();

    private object? _decoded; // byte[] decoded from a base64 data URL given to FromUrl, or a sentinel

    private ImageReference(string? url, string? fileId, ReadOnlyMemory<byte>? inlineBytes)
    {
        Url = url;
        FileId = fileId;
        InlineBytes = inlineBytes;
    }

    /// <summary>The image URL or data URL, or null when <see cref="FileId"/> is set.</summary>
    public string? Url { get; }

    /// <summary>The Files API id, or null when <see cref="Url"/> is set.</summary>
    public string? FileId { get; }

    /// <summary>True when <see cref="Url"/> is a <c>data:</c> URL.</summary>
    public bool IsDataUrl => Url is not null && Url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The image bytes when the reference was built with <see cref="FromDataUrl(byte[], string?)"/>, so the
    /// validator can inspect them; null otherwise.</summary>
    internal ReadOnlyMemory<byte>? InlineBytes { get; }

    /// <summary>The image bytes when known: those given to <see cref="FromDataUrl(byte[], string?)"/>, or the decoded
    /// payload of a base64 <c>data:</c> URL; null for https URLs, file ids and undecodable data URLs.</summary>
    internal ReadOnlyMemory<byte>? GetBytes()
    {
        if (InlineBytes is { } inline)
        {
            return inline;
        }

        if (!IsDataUrl)
        {
            return null;
        }

        if (_decoded is null)
        {
            string url = Url!;
            int comma = url.IndexOf(',', StringComparison.Ordinal);
            object result = NotDecodable;
            if (comma > 0 && url.AsSpan(0, comma).EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    result = Convert.FromBase64String(url.Substring(comma + 1));
                }
                catch (FormatException)
                {
                    result = NotDecodable;
                }
            }

            _decoded = result;
        }

        return _decoded is byte[] bytes ? bytes : null;
    }

    /// <summary>References an image by URL (https or a ready-made <c>data:</c> URL).</summary>
    /// <param name="url">The URL; must not be empty.</param>
    public static ImageReference FromUrl(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return new ImageReference(url, null, null);
    }

    /// <summary>References an uploaded file by its Files API id.</summary>
    /// <param name="fileId">The file id, e.g. <c>file-abc123</c>; must not be empty.</param>
    public static ImageReference FromFileId(string fileId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileId);
        return new ImageReference(null, fileId, null);
    }

    /// <summary>Builds a base64 data URL such as <c>data:image/png;base64,...</c>. The bytes are kept (not copied) so
    /// the validator can check format, size and dimensions.</summary>
    /// <param name="bytes">The image bytes.</param>
    /// <param name="contentType">The MIME type; null to detect it from the bytes (<c>application/octet-stream</c> when unknown).</param>
    public static ImageReference FromDataUrl(byte[] bytes, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string type = contentType ?? WireValue.ContentType(ImageInspector.DetectFormat(bytes));
        return new ImageReference("data:" + type + ";base64," + Convert.ToBase64String(bytes), null, bytes);
    }

    /// <summary>Builds a base64 data URL from an <see cref="ImageFile"/> using its detected content type.</summary>
    /// <param name="file">The image.</param>
    public static ImageReference FromDataUrl(ImageFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new ImageReference(
            "data:" + file.ContentType + ";base64," + Convert.ToBase64String(file.Bytes.Span), null, file.Bytes);
    }

    /// <summary>Writes the reference as a JSON object: <c>{"image_url": ...}</c> or <c>{"file_id": ...}</c>.</summary>
    /// <param name="writer">The JSON writer.</param>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Url is not null)
        {
            writer.WriteString("image_url", Url);
        }
        else
        {
            writer.WriteString("file_id", FileId);
        }

        writer.WriteEndObject();
    }

    /// <summary>A short description; data URLs are shown as their media type and decoded size only.</summary>
    public override string ToString()
    {
        if (FileId is not null)
        {
            return "ImageReference(file_id " + FileId + ")";
        }

        if (IsDataUrl)
        {
            string url = Url!;
            int comma = url.IndexOf(',', StringComparison.Ordinal);
            string header = comma < 0 ? "data:" : url.Substring(0, comma);
            long size = InlineBytes?.Length ?? (comma < 0 ? 0 : (url.Length - comma - 1) * 3L / 4);
            return "ImageReference(" + header + ", " + ByteSize.Format(size) + ")";
        }

        return "ImageReference(" + Url + ")";
    }
}
