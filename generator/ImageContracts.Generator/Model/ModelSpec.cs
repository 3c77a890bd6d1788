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

internal sealed record LifecycleSpec(string? Released, string? Deprecated, string? Shutdown, bool Confirmed, string? Note, string Source);
