using System.Collections.Generic;

namespace ImageContracts.Emulator;

/// <summary>A validated Image API call ready to render.</summary>
internal sealed class ImageCall
{
    public required ModelContract Model { get; init; }

    public required EndpointContract Contract { get; init; }

    public required OutputSettings Settings { get; init; }

    public required string Prompt { get; init; }

    public required ImageInputs Inputs { get; init; }

    public required IReadOnlyDictionary<string, object?> Values { get; init; }

    /// <summary>Edits stream <c>image_edit.*</c> events, generations <c>image_generation.*</c>.</summary>
    public bool IsEdit { get; init; }

    public bool Stream { get; init; }

    /// <summary>DALL·E's <c>response_format=url</c>: answer URLs served by the emulator.</summary>
    public bool AnswerUrls { get; init; }

    /// <summary>Models that rewrite prompts (DALL·E 3) send <c>revised_prompt</c>.</summary>
    public bool RevisesPrompt { get; init; }

    /// <summary>Usage of the whole call, and of one image (for stream events); null when priced per image.</summary>
    public UsageNumbers? Usage { get; init; }

    public UsageNumbers? UsagePerImage { get; init; }
}
