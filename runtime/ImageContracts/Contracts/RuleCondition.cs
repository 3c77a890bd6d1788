using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>One condition of a rule's <c>when</c> or <c>require</c> list.</summary>
public sealed class RuleCondition
{
    /// <summary>The wire name of the parameter tested.</summary>
    public string Parameter { get; init; } = "";

    /// <summary>What is tested.</summary>
    public ConditionTest Test { get; init; }

    /// <summary>For <see cref="ConditionTest.OneOf"/>: the accepted wire values (integers and booleans in invariant form: <c>1</c>, <c>true</c>).</summary>
    public IReadOnlyList<string> Values { get; init; } = Array.Empty<string>();

    /// <summary>For <see cref="ConditionTest.Range"/>: inclusive lower bound, or null for none.</summary>
    public long? Minimum { get; init; }

    /// <summary>For <see cref="ConditionTest.Range"/>: inclusive upper bound, or null for none.</summary>
    public long? Maximum { get; init; }

    /// <summary>For <see cref="ConditionTest.Equals"/>: the required boolean value.</summary>
    public bool? Boolean { get; init; }
}
