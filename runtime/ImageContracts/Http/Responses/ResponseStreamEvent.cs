using System;

namespace ImageContracts.Http;

/// <summary>An event of a Responses API stream. Failed responses and <c>error</c> events are raised as
/// <see cref="ImageApiException"/> rather than yielded.</summary>
public sealed class ResponseStreamEvent
{
    /// <summary>The interpreted kind.</summary>
    public ResponseStreamEventKind Kind { get; init; }

    /// <summary>The event's <c>type</c> as sent.</summary>
    public string Type { get; init; } = "";

    /// <summary><c>sequence_number</c>.</summary>
    public int? SequenceNumber { get; init; }

    /// <summary><c>output_index</c>.</summary>
    public int? OutputIndex { get; init; }

    /// <summary><c>item_id</c> (or the item's id for output item events).</summary>
    public string? ItemId { get; init; }

    /// <summary><c>partial_image_index</c> (0-based) of a partial image.</summary>
    public int? PartialImageIndex { get; init; }

    /// <summary>The partial image's bytes (decoded from <c>partial_image_b64</c>).</summary>
    public ReadOnlyMemory<byte> PartialImage { get; init; }

    /// <summary><c>size</c> of a partial image, when sent.</summary>
    public string? Size { get; init; }

    /// <summary><c>quality</c> of a partial image, when sent.</summary>
    public string? Quality { get; init; }

    /// <summary><c>background</c> of a partial image, when sent.</summary>
    public string? Background { get; init; }

    /// <summary><c>output_format</c> of a partial image, when sent.</summary>
    public string? OutputFormat { get; init; }

    /// <summary>The image call of an output item event, when the item is an <c>image_generation_call</c>.</summary>
    public ImageGenerationCall? Item { get; init; }

    /// <summary>The response of <c>response.created</c>, <c>.in_progress</c>, <c>.completed</c>, <c>.incomplete</c>.</summary>
    public ImageResponse? Response { get; init; }

    /// <summary>Text of <c>response.output_text.delta</c> / <c>.done</c>.</summary>
    public string? Text { get; init; }

    /// <summary>A short description; never image data.</summary>
    public override string ToString() =>
        Type + (ItemId is null ? "" : " " + ItemId) + (PartialImageIndex is { } i ? " #" + i : "")
        + (PartialImage.IsEmpty ? "" : " (" + ByteSize.Format(PartialImage.Length) + ")");
}
