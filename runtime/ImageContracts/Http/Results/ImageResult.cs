using System;
using System.Collections.Generic;

namespace ImageContracts.Http;

/// <summary>The result of a generation, edit or variation: the images, what the service reports it used (size,
/// quality, background, format), the token usage and the actual cost.</summary>
public sealed class ImageResult
{
    /// <summary>The request's model.</summary>
    public string Model { get; init; } = "";

    /// <summary><c>created</c>: when the service created the images.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>The images, in order.</summary>
    public IReadOnlyList<GeneratedImage> Images { get; init; } = Array.Empty<GeneratedImage>();

    /// <summary>The first image.</summary>
    /// <exception cref="InvalidOperationException">The response had no image.</exception>
    public GeneratedImage Image => Images.Count > 0 ? Images[0] : throw new InvalidOperationException("The response contained no image.");

    /// <summary><c>size</c> the service used (GPT image models), e.g. <c>1024x1024</c>.</summary>
    public string? Size { get; init; }

    /// <summary><c>quality</c> the service used (GPT image models).</summary>
    public string? Quality { get; init; }

    /// <summary><c>background</c> the service used (GPT image models).</summary>
    public string? Background { get; init; }

    /// <summary><c>output_format</c> of the images (GPT image models).</summary>
    public string? OutputFormat { get; init; }

    /// <summary><c>usage</c> (GPT image models only).</summary>
    public ImageUsage? Usage { get; init; }

    /// <summary>What the call cost in USD: usage priced through the model's contract (token-priced models, when
    /// <see cref="ImagesClientOptions.Catalog"/>, by default the bundled spec, knows the model),
    /// else the request's exact estimate (per-image prices); null when neither is known.</summary>
    public decimal? CostUsd { get; init; }

    /// <summary>The <c>x-request-id</c> of the response.</summary>
    public string? RequestId { get; init; }

    /// <summary>A short summary; never the bytes.</summary>
    public override string ToString() =>
        "ImageResult(" + Model + ", " + Images.Count + (Images.Count == 1 ? " image" : " images")
        + (Size is null ? "" : ", " + Size) + (Quality is null ? "" : ", " + Quality)
        + (CostUsd is { } cost ? ", $" + cost.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) : "") + ")";
}
