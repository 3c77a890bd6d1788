using ImageContracts.Generator.Helpers;

namespace ImageContracts.Generator.Model;

internal sealed record PricingSpec(
    string ReadOn,
    string Source,
    TokenPricesSpec? Tokens,
    EquatableArray<TableEntrySpec> OutputTokens,
    EquatableArray<TableEntrySpec> PerImage,
    int PartialImageTokens,
    InputImageSpec? InputImage,
    EquatableArray<UnknownCostSpec> UnknownCosts,
    bool Confirmed,
    string? Note);

/// <summary>Values of a parameter whose cost no source gives (<c>quality: xhigh</c>, <c>output_format: gif</c>).</summary>
internal sealed record UnknownCostSpec(string Parameter, EquatableArray<string> Values, string? Note, string Source);

/// <summary>USD per million tokens, kept as the spec's text so emitted literals match it exactly.</summary>
internal sealed record TokenPricesSpec(string? TextInput, string? CachedTextInput, string? ImageInput, string? CachedImageInput, string? ImageOutput, string? TextOutput);

/// <summary>One cell of a quality × size table (tokens or USD, as written in the spec).</summary>
internal sealed record TableEntrySpec(string Quality, string Size, string Amount);

internal sealed record InputImageSpec(int BaseTokens, int TileTokens, int TileSize, int ShortSide, int FitWithin, int FidelityHighSquare, int FidelityHighOther);
