using System;
using System.Collections.Generic;

namespace ImageContracts.Http;

/// <summary>A Responses API response: its id (for <c>previous_response_id</c>), status, the <c>image_generation_call</c>
/// outputs with their images, the output text and the usage.</summary>
public sealed class ImageResponse
{
    /// <summary><c>id</c>, e.g. <c>resp_123</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary><c>status</c>: <c>completed</c>, <c>in_progress</c>, <c>failed</c>, <c>incomplete</c>, ...</summary>
    public string? Status { get; init; }

    /// <summary><c>model</c> as the service reports it.</summary>
    public string? Model { get; init; }

    /// <summary><c>created_at</c>.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary><c>previous_response_id</c>, when the response continued another.</summary>
    public string? PreviousResponseId { get; init; }

    /// <summary>The <c>image_generation_call</c> output items, in output order.</summary>
    public IReadOnlyList<ImageGenerationCall> ImageGenerationCalls { get; init; } = Array.Empty<ImageGenerationCall>();

    /// <summary>The text of the <c>output_text</c> parts of the output messages, joined.</summary>
    public string OutputText { get; init; } = "";

    /// <summary><c>usage</c>.</summary>
    public ResponseUsage? Usage { get; init; }

    /// <summary><c>tool_usage.image_gen</c>: the image tool's tokens (Images API <c>usage</c> shape), when reported.</summary>
    public ImageUsage? ToolUsage { get; init; }

    /// <summary>The image tool's actual cost: <see cref="ToolUsage"/> priced through the tool model's contract (set by
    /// <see cref="ImagesClient"/>); null when there is no tool usage or no token prices. The mainline model's own tokens
    /// (<see cref="Usage"/>) are not priced: the spec holds image models only.</summary>
    public decimal? CostUsd { get; internal set; }

    /// <summary><c>error.code</c> of a failed response.</summary>
    public string? ErrorCode { get; init; }

    /// <summary><c>error.message</c> of a failed response.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary><c>incomplete_details.reason</c> of an incomplete response.</summary>
    public string? IncompleteReason { get; init; }

    /// <summary>The <c>x-request-id</c> of the HTTP response.</summary>
    public string? RequestId { get; init; }

    /// <summary>The last image call that has an image, or null.</summary>
    public ImageGenerationCall? Image
    {
        get
        {
            for (int i = ImageGenerationCalls.Count - 1; i >= 0; i--)
            {
                if (ImageGenerationCalls[i].HasResult)
                {
                    return ImageGenerationCalls[i];
                }
            }

            return null;
        }
    }

    /// <summary>A short summary; never the bytes.</summary>
    public override string ToString() => "ImageResponse(" + Id + ", " + (Status ?? "?") + ", " + ImageGenerationCalls.Count + " image calls)";
}
