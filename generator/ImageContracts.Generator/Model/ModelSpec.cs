using ImageContracts.Generator.Helpers;

namespace ImageContracts.Generator.Model;

/// <summary>One image model with everything it accepts, after profiles and <c>extends</c> are applied.</summary>
internal sealed record ModelSpec(
    string Id,
    string TypeName,
    string DisplayName,
    string Family,
    string? Doc,
    EquatableArray<string> Aliases,
    LifecycleSpec Lifecycle,
    EquatableArray<EndpointSpec> Endpoints,
    PricingSpec? Pricing);

/// <summary>
/// A model's dates as the spec records them (YYYY-MM-DD strings, compared ordinally), and the models to move to.
/// <see cref="Deprecated"/> is the notice date; <see cref="Shutdown"/> the day requests stop being served.
/// </summary>
internal sealed record LifecycleSpec(
    string? Released,
    string? Deprecated,
    string? Shutdown,
    bool Confirmed,
    string? Note,
    string Source,
    EquatableArray<string> Replacements)
{
    public static LifecycleSpec None { get; } = new(null, null, null, true, null, string.Empty, EquatableArray<string>.Empty);

    /// <summary>"; use a or b", or nothing when the spec names no replacement.</summary>
    public string ReplacementAdvice => Replacements.IsEmpty ? string.Empty : "; use " + string.Join(" or ", Replacements);

    /// <summary>The sentence IMG0010 and the <c>[Obsolete]</c> of a retired model's class say.</summary>
    public string RetiredMessage(string modelId)
        => $"{modelId} was shut down on {Shutdown}{(Confirmed ? string.Empty : " (date UNCONFIRMED)")}; requests to it fail{ReplacementAdvice}.";

    /// <summary>The sentence IMG0013 says of a model whose shutdown is announced (or whose retirement date is UNCONFIRMED).</summary>
    public string DeprecatedMessage(string modelId, string cutoff)
        => StageOn(cutoff) == LifecycleStage.Retired
            ? RetiredMessage(modelId)
            : Shutdown is null
                ? $"{modelId} is deprecated (notice {Deprecated}); no shutdown date is announced{ReplacementAdvice}."
                : $"{modelId} shuts down on {Shutdown}{(Confirmed ? string.Empty : " (date UNCONFIRMED)")}{ReplacementAdvice}.";

    /// <summary>Where the model stands on <paramref name="cutoff"/> (YYYY-MM-DD), the build's notion of "today".</summary>
    public LifecycleStage StageOn(string cutoff)
    {
        if (Shutdown is not null && string.CompareOrdinal(Shutdown, cutoff) <= 0)
        {
            return LifecycleStage.Retired;
        }

        return Shutdown is not null || (Deprecated is not null && string.CompareOrdinal(Deprecated, cutoff) <= 0)
            ? LifecycleStage.Deprecated
            : LifecycleStage.Active;
    }
}

/// <summary>Active, announced for shutdown (deprecated), or shut down (retired) as of a date.</summary>
internal enum LifecycleStage
{
    Active,
    Deprecated,
    Retired,
}
