using ImageContracts.Generator.Helpers;

namespace ImageContracts.Generator.Model;

/// <summary>What one model accepts on one endpoint.</summary>
internal sealed record EndpointSpec(
    EndpointKindSpec Kind,
    bool Confirmed,
    string? Note,
    EquatableArray<ParameterSpec> Parameters,
    EquatableArray<RejectSpec> Rejects,
    EquatableArray<RuleSpec> Rules,
    string Source);

internal sealed record RejectSpec(string Wire, string Code, string? Reason, string Source);
