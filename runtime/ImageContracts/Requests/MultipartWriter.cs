using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace ImageContracts;

/// <summary>Collects the fields and files of a multipart request in order, then builds the HTTP content.</summary>
public sealed class MultipartWriter
{
    private readonly List<MultipartPart> _parts = new();

    /// <summary>The parts added so far, in order.</summary>
    public IReadOnlyList<MultipartPart> Parts => _parts;

    /// <summary>Adds a text field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value (use <see cref="WireValue"/> for numbers and booleans).</param>
    /// <returns>This writer.</returns>
    public MultipartWriter AddText(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        _parts.Add(new MultipartPart(name, value, null, null));
        return this;
    }

    /// <summary>Adds a file; the file name is <see cref="ImageFile.FileName"/>, else <c>image.png</c>,
    /// <c>image.jpg</c>, <c>image.webp</c>, <c>image.gif</c> or <c>image.bin</c> by detected format.</summary>
    /// <param name="name">The field name, e.g. <c>image[]</c> or <c>mask</c>.</param>
    /// <param name="file">The file.</param>
    /// <returns>This writer.</returns>
    public MultipartWriter AddFile(string name, ImageFile file)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(file);
        _parts.Add(new MultipartPart(name, null, file, file.EffectiveFileName));
        return this;
    }

    /// <summary>Builds <see cref="MultipartFormDataContent"/>: each part has <c>Content-Disposition: form-data</c> with a
    /// quoted <c>name</c> (and <c>filename</c> for files); file parts carry the detected <c>Content-Type</c>.</summary>
    /// <returns>The content; the caller owns and disposes it.</returns>
    public MultipartFormDataContent ToContent()
    {
        var content = new MultipartFormDataContent();
        foreach (MultipartPart part in _parts)
        {
            HttpContent partContent;
            if (part.File is { } file)
            {
                partContent = new ReadOnlyMemoryContent(file.Bytes);
                partContent.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
                partContent.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = Quote(part.Name),
                    FileName = Quote(part.FileName!),
                };
            }
            else
            {
                partContent = new ByteArrayContent(Encoding.UTF8.GetBytes(part.Value!));
                partContent.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(part.Name) };
            }

            content.Add(partContent);
        }

        return content;
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
