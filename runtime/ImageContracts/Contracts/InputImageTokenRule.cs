namespace ImageContracts;

/// <summary>
/// How an input image is converted to image input tokens (tile method): scale to fit within
/// <see cref="FitWithin"/>×<see cref="FitWithin"/> (keeping aspect, only shrinking), then scale so the shortest side is
/// <see cref="ShortSide"/>, count <see cref="TileSize"/>-pixel tiles, and charge <see cref="BaseTokens"/> +
/// <see cref="TileTokens"/> × tiles. <c>input_fidelity=high</c> adds <see cref="FidelityHighSquare"/> or
/// <see cref="FidelityHighOther"/> per image.
/// </summary>
public sealed class InputImageTokenRule
{
    /// <summary>Tokens per image regardless of size (65 for gpt-image-1).</summary>
    public int BaseTokens { get; init; }

    /// <summary>Tokens per tile (129 for gpt-image-1).</summary>
    public int TileTokens { get; init; }

    /// <summary>Tile edge in pixels (512).</summary>
    public int TileSize { get; init; }

    /// <summary>The shortest side after scaling (512).</summary>
    public int ShortSide { get; init; }

    /// <summary>The image is first shrunk to fit within this square (2048).</summary>
    public int FitWithin { get; init; }

    /// <summary>Extra tokens per square image with <c>input_fidelity=high</c>.</summary>
    public int FidelityHighSquare { get; init; }

    /// <summary>Extra tokens per non-square image with <c>input_fidelity=high</c>.</summary>
    public int FidelityHighOther { get; init; }
}
