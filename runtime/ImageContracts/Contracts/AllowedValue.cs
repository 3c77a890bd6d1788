namespace ImageContracts;

/// <summary>One allowed value of a parameter.</summary>
public sealed class AllowedValue
{
    /// <summary>The wire value, e.g. <c>transparent</c> or <c>1024x1024</c>.</summary>
    public string Value { get; init; } = "";

    /// <summary>Whether the value is supported, preview or deprecated.</summary>
    public ValueStatus Status { get; init; }

    /// <summary>Free-text note from the spec.</summary>
    public string? Note { get; init; }

    /// <summary>Source key(s) from the spec's <c>sources:</c>; several keys are joined with <c>", "</c>.</summary>
    public string? Source { get; init; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
