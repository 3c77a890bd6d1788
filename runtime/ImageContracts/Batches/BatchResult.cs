using System;
using System.Collections.Generic;
using ImageContracts.Http;

namespace ImageContracts.Batches;

/// <summary>One line of a batch output or error file, mapped back to its request by <see cref="CustomId"/>.</summary>
public sealed class BatchResult
{
    /// <summary>The 1-based line number in the file read.</summary>
    public long Line { get; init; }

    /// <summary>The request's <c>custom_id</c> ("" when the line could not be read).</summary>
    public string CustomId { get; init; } = "";

    /// <summary>The line's <c>id</c> (<c>batch_req_...</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The HTTP status of the line's response, when it has one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The response's <c>request_id</c>.</summary>
    public string? RequestId { get; init; }

    /// <summary>True when the line has a 2xx response and no error.</summary>
    public bool IsSuccess => Error is null && StatusCode is >= 200 and < 300;

    /// <summary>Why the line failed, or null.</summary>
    public BatchResultError? Error { get; init; }

    /// <summary>The images, with bytes decoded (from <see cref="BatchOutputReader.ReadAsync"/>); empty when saved to files.</summary>
    public IReadOnlyList<GeneratedImage> Images { get; init; } = Array.Empty<GeneratedImage>();

    /// <summary>The files the images were written to (from <see cref="BatchOutputReader.SaveImagesAsync"/>).</summary>
    public IReadOnlyList<string> Files { get; init; } = Array.Empty<string>();

    /// <summary>The response's <c>output_format</c> (or the format detected from the bytes).</summary>
    public string? OutputFormat { get; init; }

    /// <summary>The response's <c>usage</c>.</summary>
    public ImageUsage? Usage { get; init; }

    /// <summary>The model of the line's request, when <see cref="BatchOutputOptions.Models"/> knows it.</summary>
    public string? Model { get; init; }

    /// <summary>The actual cost: usage priced through the model's contract with the batch discount; null when it cannot be priced.</summary>
    public decimal? CostUsd { get; init; }

    /// <summary>A short description.</summary>
    public override string ToString() =>
        "BatchResult(" + CustomId + ", " + (IsSuccess ? (Images.Count + Files.Count) + " image(s)" : Error?.ToString() ?? "status " + StatusCode) + ")";
}
