using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Shared;

namespace ImageContracts.Generator.Model;

/// <summary>A cross-parameter rule: when every <see cref="When"/> condition holds, every <see cref="Require"/> must too.</summary>
internal sealed record RuleSpec(
    string Id,
    RuleSeverity Severity,
    RuleKind Kind,
    EquatableArray<ConditionSpec> When,
    EquatableArray<ConditionSpec> Require,
    EquatableArray<string> Parameters,
    string Message,
    string Source);

/// <summary>One test on one parameter (the runtime's <see cref="ConditionTest"/>).</summary>
internal sealed record ConditionSpec(string Parameter, ConditionTest Test, EquatableArray<string> Values, long? Minimum, long? Maximum, bool? Boolean);
