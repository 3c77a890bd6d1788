using ImageContracts.Generator.Helpers;

namespace ImageContracts.Generator.Model;

/// <summary>
/// Everything the emitters need, resolved (profiles applied, inheritance flattened) and free of
/// source positions, so that moving a line in the YAML does not regenerate code.
/// </summary>
internal sealed record SpecModel(
    string AsOf,
    EquatableArray<ModelSpec> Models,
    EquatableArray<EndpointKindSpec> EndpointKinds,
    EquatableArray<ParameterDefinitionSpec> Parameters,
    HostModelsSpec HostModels,
    BatchPricingSpec? Batch = null);

/// <summary>An endpoint as the spec's <c>endpoints:</c> section defines it (not yet tied to a model).</summary>
internal sealed record EndpointKindSpec(
    string Id,
    string Name,
    string Path,
    string Body,
    string RequestType,
    string? DefaultModel,
    string? DefaultModelWithGptParameters,
    bool ExplicitModel,
    string Source);

/// <summary>A wire parameter's type and docs from the spec's <c>parameters:</c> section.</summary>
internal sealed record ParameterDefinitionSpec(string Id, string Wire, string Name, string Type, string? Doc, string Source);

internal sealed record HostModelsSpec(EquatableArray<string> Models, EquatableArray<string> Prefixes, EquatableArray<HostLifecycleSpec> Lifecycles, string? Note);

/// <summary>A host (mainline) model's lifecycle, for the hosts whose entry in <c>hostModels.models</c> has one.</summary>
internal sealed record HostLifecycleSpec(string Id, LifecycleSpec Lifecycle);
