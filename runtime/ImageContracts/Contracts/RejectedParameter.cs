namespace ImageContracts;

/// <summary>A parameter the API refuses for a model on an endpoint.</summary>
public sealed class RejectedParameter
{
    /// <summary>The wire name, e.g. <c>response_format</c>.</summary>
    public string WireName { get; init; } = "";

    /// <summary>The API error code observed or expected, e.g. <c>unknown_parameter</c>.</summary>
    public string Code { get; init; } = "";

    /// <summary>Why the API refuses it.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Source key(s) from the spec's <c>sources:</c>; several keys are joined with <c>", "</c>.</summary>
    public string? Source { get; init; }
}
