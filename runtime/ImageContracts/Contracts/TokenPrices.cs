namespace ImageContracts;

/// <summary>Per-token prices in USD per 1M tokens; null means not priced / unknown.</summary>
public sealed class TokenPrices
{
    /// <summary>Text input tokens.</summary>
    public decimal? TextInput { get; init; }

    /// <summary>Cached text input tokens.</summary>
    public decimal? CachedTextInput { get; init; }

    /// <summary>Image input tokens.</summary>
    public decimal? ImageInput { get; init; }

    /// <summary>Cached image input tokens.</summary>
    public decimal? CachedImageInput { get; init; }

    /// <summary>Image output tokens.</summary>
    public decimal? ImageOutput { get; init; }

    /// <summary>Text output tokens.</summary>
    public decimal? TextOutput { get; init; }
}
