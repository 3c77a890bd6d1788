using System;

namespace ImageContracts.Http;

/// <summary>An event of an Image API stream (<c>stream: true</c>): a partial image or the completed image.</summary>
public sealed class ImageStreamEvent
{
    /// <summary>Partial or completed.</summary>
    public ImageStreamEventKind Kind { get; init; }

    /// <summary>The event's <c>type</c> as sent, e.g. <c>image_generation.partial_image</c>.</summary>
    public string Type { get; init; } = "";

    /// <summary>The image bytes (decoded from <c>b64_json</c>).</summary>
    public ReadOnlyMemory<byte> Image { get; init; }

    /// <summary><c>partial_image_index</c> (0-based) for partial images; null for the completed event.</summary>
    public int? PartialImageIndex { get; init; }

    /// <summary><c>created_at</c>.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary><c>size</c>.</summary>
    public string? Size { get; init; }

    /// <summary><c>quality</c>.</summary>
    public string? Quality { get; init; }

    /// <summary><c>background</c>.</summary>
    public string? Background { get; init; }

    /// <summary><c>output_format</c>.</summary>
    public string? OutputFormat { get; init; }

    /// <summary><c>usage</c> (completed event).</summary>
    public ImageUsage? Usage { get; init; }

    /// <summary>The actual cost of the call in USD, from <see cref="Usage"/> (completed event, when the model's contract is known).</summary>
    public decimal? CostUsd { get; init; }

    /// <summary>True for a partial image.</summary>
    public bool IsPartial => Kind == ImageStreamEventKind.PartialImage;

    /// <summary>True for the completed image.</summary>
    public bool IsCompleted => Kind == ImageStreamEventKind.Completed;

    /// <summary>The image as a <see cref="GeneratedImage"/>.</summary>
    public GeneratedImage ToGeneratedImage() => new(Image, outputFormat: OutputFormat ?? ImagesResponseReader.Detect(Image.Span));

    /// <summary>A short description; never the bytes.</summary>
    public override string ToString() =>
        Type + (PartialImageIndex is { } index ? " #" + index : "") + " (" + ByteSize.Format(Image.Length) + ")";
}
