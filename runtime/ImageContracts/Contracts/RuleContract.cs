using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>A cross-parameter rule. A <see cref="RuleKind.Condition"/> rule is violated when every
/// <see cref="When"/> condition holds and some <see cref="Require"/> condition does not.</summary>
public sealed class RuleContract
{
    /// <summary>Stable rule id; the validator reports code <c>rule:&lt;Id&gt;</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>Whether a violation is an error or a warning.</summary>
    public RuleSeverity Severity { get; init; }

    /// <summary>The kind of rule.</summary>
    public RuleKind Kind { get; init; }

    /// <summary>Conditions that make the rule apply (all must hold; empty means always).</summary>
    public IReadOnlyList<RuleCondition> When { get; init; } = Array.Empty<RuleCondition>();

    /// <summary>Conditions that must then hold.</summary>
    public IReadOnlyList<RuleCondition> Require { get; init; } = Array.Empty<RuleCondition>();

    /// <summary>For relation rules: the image parameters compared (the first is the reference).</summary>
    public IReadOnlyList<string> Parameters { get; init; } = Array.Empty<string>();

    /// <summary>The message reported on violation.</summary>
    public string Message { get; init; } = "";

    /// <summary>Source key(s) from the spec's <c>sources:</c>; several keys are joined with <c>", "</c>.</summary>
    public string? Source { get; init; }
}
