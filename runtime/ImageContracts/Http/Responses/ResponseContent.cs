using System;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>A content part of a Responses API input message: text (<c>input_text</c>) or an image (<c>input_image</c>,
/// by data URL, URL or Files API id).</summary>
public sealed class ResponseContent
{
    private ResponseContent(string? text, ImageReference? image, string? detail)
    {
        TextValue = text;
        ImageValue = image;
        Detail = detail;
    }

    /// <summary>The text of an <c>input_text</c> part, or null.</summary>
    public string? TextValue { get; }

    /// <summary>The image of an <c>input_image</c> part, or null.</summary>
    public ImageReference? ImageValue { get; }

    /// <summary>The image <c>detail</c>: <c>low</c>, <c>high</c> or <c>auto</c> (the default).</summary>
    public string? Detail { get; }

    /// <summary>An <c>input_text</c> part.</summary>
    /// <param name="text">The text.</param>
    public static ResponseContent Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ResponseContent(text, null, null);
    }

    /// <summary>An <c>input_image</c> part: <see cref="ImageReference.FromDataUrl(byte[], string?)"/>,
    /// <see cref="ImageReference.FromUrl"/> or <see cref="ImageReference.FromFileId"/>.</summary>
    /// <param name="image">The image.</param>
    /// <param name="detail"><c>low</c>, <c>high</c> or <c>auto</c> (default).</param>
    public static ResponseContent Image(ImageReference image, string detail = "auto")
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentException.ThrowIfNullOrEmpty(detail);
        return new ResponseContent(null, image, detail);
    }

    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (ImageValue is { } image)
        {
            writer.WriteString("type", "input_image");
            if (image.FileId is not null)
            {
                writer.WriteString("file_id", image.FileId);
            }
            else
            {
                writer.WriteString("image_url", image.Url);
            }

            writer.WriteString("detail", Detail);
        }
        else
        {
            writer.WriteString("type", "input_text");
            writer.WriteString("text", TextValue);
        }

        writer.WriteEndObject();
    }

    /// <summary>A short description; never image data.</summary>
    public override string ToString() => ImageValue is { } image ? "input_image " + image : "input_text (" + TextValue!.Length + " chars)";
}
