using System;

namespace ImageContracts.Http;

/// <summary>An <c>image_generation_call</c> output item: its id (for multi-turn), status, the image (decoded from
/// <c>result</c>) and what the service reports about it.</summary>
public sealed class ImageGenerationCall
{
    /// <summary><c>id</c>, e.g. <c>ig_123</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary><c>status</c>: <c>in_progress</c>, <c>generating</c>, <c>completed</c> or <c>failed</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The image bytes decoded from <c>result</c>; empty when there is none (yet).</summary>
    public ReadOnlyMemory<byte> Result { get; init; }

    /// <summary>True when <see cref="Result"/> holds an image.</summary>
    public bool HasResult => !Result.IsEmpty;

    /// <summary><c>revised_prompt</c>: the prompt the mainline model gave the image model, when reported.</summary>
    public string? RevisedPrompt { get; init; }

    /// <summary><c>action</c> (<c>generate</c> or <c>edit</c>), when reported.</summary>
    public string? Action { get; init; }

    /// <summary><c>size</c>, when reported.</summary>
    public string? Size { get; init; }

    /// <summary><c>quality</c>, when reported.</summary>
    public string? Quality { get; init; }

    /// <summary><c>background</c>, when reported.</summary>
    public string? Background { get; init; }

    /// <summary><c>output_format</c>, when reported.</summary>
    public string? OutputFormat { get; init; }

    /// <summary>The image as a <see cref="GeneratedImage"/>.</summary>
    public GeneratedImage ToGeneratedImage() => new(Result, revisedPrompt: RevisedPrompt, outputFormat: OutputFormat ?? ImagesResponseReader.Detect(Result.Span));

    /// <summary>An input item that refers to this call, for the next turn.</summary>
    public ResponseInputItem ToInputItem() => ResponseInputItem.ImageGenerationCall(Id);

    /// <summary>A short description; never the bytes.</summary>
    public override string ToString() => "image_generation_call " + Id + " (" + (Status ?? "?") + ", " + ByteSize.Format(Result.Length) + ")";
}
