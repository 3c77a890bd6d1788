using System.Text.Json;

namespace ImageContracts;

/// <summary>The <c>usage</c> object of an image response (GPT image models only).</summary>
public sealed class ImageUsage
{
    /// <summary><c>input_tokens</c>.</summary>
    public int InputTokens { get; init; }

    /// <summary><c>output_tokens</c>.</summary>
    public int OutputTokens { get; init; }

    /// <summary><c>total_tokens</c>.</summary>
    public int TotalTokens { get; init; }

    /// <summary><c>input_tokens_details.text_tokens</c>.</summary>
    public int InputTextTokens { get; init; }

    /// <summary><c>input_tokens_details.image_tokens</c>.</summary>
    public int InputImageTokens { get; init; }

    /// <summary><c>output_tokens_details.image_tokens</c>; null when the response has no output details (the Images endpoints usually send none).</summary>
    public int? OutputImageTokens { get; init; }

    /// <summary><c>output_tokens_details.text_tokens</c>; null when absent.</summary>
    public int? OutputTextTokens { get; init; }

    /// <summary><c>input_tokens_details.cached_tokens</c>; null when absent.</summary>
    public int? CachedInputTokens { get; init; }

    /// <summary>Reads a <c>usage</c> JSON object; missing fields read as 0 (or null for the optional ones).</summary>
    /// <param name="usage">The <c>usage</c> element.</param>
    public static ImageUsage FromJson(JsonElement usage) => UsageReader.ReadImageUsage(usage);
}
