using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>Values of one parameter whose cost no source gives, such as <c>quality</c> <c>xhigh</c> and <c>max</c>.</summary>
public sealed class UnknownCost
{
    /// <summary>The parameter's wire name, e.g. <c>quality</c>.</summary>
    public string Parameter { get; init; } = "";

    /// <summary>The values whose cost is unknown.</summary>
    public IReadOnlyList<string> Values { get; init; } = Array.Empty<string>();

    /// <summary>What is known and what is missing.</summary>
    public string? Note { get; init; }

    /// <summary>Source key(s) from the spec's <c>sources:</c>; several keys are joined with <c>", "</c>.</summary>
    public string? Source { get; init; }
}
