namespace ImageContracts;

/// <summary>USD per output image for a given quality and size.</summary>
public sealed class PerImagePrice
{
    /// <summary>The quality wire value, e.g. <c>hd</c> or <c>standard</c>.</summary>
    public string Quality { get; init; } = "";

    /// <summary>The size wire value, e.g. <c>1792x1024</c>.</summary>
    public string Size { get; init; } = "";

    /// <summary>USD per image.</summary>
    public decimal Usd { get; init; }
}
