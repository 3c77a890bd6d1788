namespace ImageContracts;

/// <summary>The wire type of a parameter; decides which .NET values the validator accepts for it.</summary>
public enum ParameterKind
{
    /// <summary>A string (optionally restricted to <see cref="ParameterContract.Values"/>).</summary>
    String,

    /// <summary>An integer (<see cref="int"/>, <see cref="long"/>, or an integral <see cref="double"/>).</summary>
    Integer,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>An image size string: <c>auto</c> or <c>WIDTHxHEIGHT</c>.</summary>
    Size,

    /// <summary>One uploaded image file.</summary>
    Image,

    /// <summary>One or more uploaded image files.</summary>
    Images,

    /// <summary>One image reference (URL, data URL or file id).</summary>
    ImageReference,

    /// <summary>One or more image references.</summary>
    ImageReferences,

    /// <summary>A mask given as an image reference (URL, data URL or file id).</summary>
    MaskReference,
}
