namespace ImageContracts;

/// <summary>Image output tokens for one image of a given quality and size.</summary>
public sealed class OutputTokenEntry
{
    /// <summary>The quality wire value, e.g. <c>high</c>.</summary>
    public string Quality { get; init; } = "";

    /// <summary>The size wire value, e.g. <c>1536x1024</c>.</summary>
    public string Size { get; init; } = "";

    /// <summary>Image output tokens per image.</summary>
    public int Tokens { get; init; }
}
