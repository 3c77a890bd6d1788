using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>One wire parameter of an endpoint, with its constraints for one model.</summary>
public sealed class ParameterContract
{
    /// <summary>The name on the wire, e.g. <c>output_format</c>.</summary>
    public string WireName { get; init; } = "";

    /// <summary>The C# name, e.g. <c>OutputFormat</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>The wire type.</summary>
    public ParameterKind Kind { get; init; }

    /// <summary>True when the request is invalid without this parameter.</summary>
    public bool Required { get; init; }

    /// <summary>The value the API uses when the parameter is omitted (a <see cref="string"/>, <see cref="int"/>, <see cref="long"/> or <see cref="bool"/>), or null.</summary>
    public object? Default { get; init; }

    /// <summary>Allowed values; empty means any value of the right type.</summary>
    public IReadOnlyList<AllowedValue> Values { get; init; } = Array.Empty<AllowedValue>();

    /// <summary>Inclusive lower bound for integers.</summary>
    public int? Minimum { get; init; }

    /// <summary>Inclusive upper bound for integers.</summary>
    public int? Maximum { get; init; }

    /// <summary>Minimum string length in UTF-16 code units.</summary>
    public int? MinLength { get; init; }

    /// <summary>Maximum string length in UTF-16 code units.</summary>
    public int? MaxLength { get; init; }

    /// <summary>For sizes: constraints on free-form <c>WIDTHxHEIGHT</c> values; null when only <see cref="Values"/> are allowed.</summary>
    public FreeFormSizeContract? FreeFormSize { get; init; }

    /// <summary>For image kinds: constraints on the files.</summary>
    public FileContract? File { get; init; }

    /// <summary>False when the parameter is UNCONFIRMED for this model (the validator warns when it is given).</summary>
    public bool Confirmed { get; init; } = true;

    /// <summary>Free-text note from the spec.</summary>
    public string? Note { get; init; }

    /// <summary>Documentation text.</summary>
    public string? Description { get; init; }

    /// <summary>Source key(s) from the spec's <c>sources:</c>; several keys are joined with <c>", "</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Returns the allowed-value entry equal to <paramref name="value"/> (ordinal), or null.</summary>
    /// <param name="value">The wire value.</param>
    public AllowedValue? FindValue(string value)
    {
        foreach (AllowedValue allowed in Values)
        {
            if (string.Equals(allowed.Value, value, StringComparison.Ordinal))
            {
                return allowed;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => "ParameterContract(" + WireName + ", " + Kind + ")";
}
