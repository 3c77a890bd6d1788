using System.Collections.Generic;
using System.Text.Json;

namespace ImageContracts.Emulator;

/// <summary>One validated Responses request with the image_generation tool: ids, host model, the image call to render
/// and the request fields echoed back in the response object.</summary>
internal sealed class ResponseTurn
{
    public required string Id { get; init; }

    public required string HostModel { get; init; }

    public string? PreviousResponseId { get; init; }

    public required long CreatedAt { get; init; }

    /// <summary>The image call, or null when the request has no image_generation tool (a text-only answer).</summary>
    public ImageCall? Image { get; init; }

    public required string CallId { get; init; }

    public required string MessageId { get; init; }

    /// <summary>generate or edit, as decided from the tool's action and the images in context.</summary>
    public string Action { get; init; } = "generate";

    public required string Prompt { get; init; }

    /// <summary>The request's tools array, echoed in the response.</summary>
    public JsonElement? Tools { get; init; }

    public required int PromptTokens { get; init; }

    public IReadOnlyList<string> MessageText => Image is null
        ? new[] { "The emulator only answers with the image_generation tool." }
        : new[] { "Here is the image", " you asked for." };
}
