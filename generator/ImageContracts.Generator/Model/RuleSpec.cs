using ImageContracts.Generator.Helpers;

namespace ImageContracts.Generator.Model;

/// <summary>A cross-parameter rule: when every <see cref="When"/> condition holds, every <see cref="Require"/> must too.</summary>
internal sealed record RuleSpec(
    string Id,
    string Severity,
    string Kind,
    EquatableArray<ConditionSpec> When,
    EquatableArray<ConditionSpec> Require,
    EquatableArray<string> Parameters,
    string Message,
    string Source);

/// <summary>One test on one parameter: <c>OneOf</c>, <c>Present</c>, <c>Absent</c>, <c>Range</c> or <c>Equals</c> (booleans).</summary>
internal sealed record ConditionSpec(string Parameter, string Test, EquatableArray<string> Values, long? Minimum, long? Maximum, bool? Boolean);
