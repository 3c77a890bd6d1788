namespace ImageContracts.Emulator;

/// <summary>One picture to draw: the scene, the canvas, and what an edit starts from. Pixel buffers are RGBA, 8 bits per
/// channel, already at the canvas size.</summary>
internal sealed record RenderJob(Scene Scene, int Width, int Height, bool Transparent)
{
    /// <summary>The first input image of an edit (its content is kept), or null for a generation.</summary>
    public byte[]? Base { get; init; }

    /// <summary>An edit's mask: only where it is transparent may the picture change (markup is turned into one).</summary>
    public byte[]? Mask { get; init; }
}
