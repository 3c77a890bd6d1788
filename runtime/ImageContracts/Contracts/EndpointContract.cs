using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>The parameter contract of one model on one endpoint.</summary>
public sealed class EndpointContract
{
    /// <summary>The endpoint.</summary>
    public ImageEndpoint Endpoint { get; init; }

    /// <summary>The model id this contract belongs to (used in messages).</summary>
    public string Model { get; init; } = "";

    /// <summary>The HTTP path relative to <c>/v1</c>, e.g. <c>/images/generations</c>; empty for the Responses tool.</summary>
    public string Path { get; init; } = "";

    /// <summary>How the request body is encoded.</summary>
    public RequestBody Body { get; init; }

    /// <summary>False when support for this endpoint is UNCONFIRMED (the validator then warns <c>unconfirmed</c>).</summary>
    public bool Confirmed { get; init; } = true;

    /// <summary>Free-text note from the spec.</summary>
    public string? Note { get; init; }

    /// <summary>The parameters the model accepts on this endpoint, in spec order.</summary>
    public IReadOnlyList<ParameterContract> Parameters { get; init; } = Array.Empty<ParameterContract>();

    /// <summary>Parameters the API refuses for this model (sending one is an error).</summary>
    public IReadOnlyList<RejectedParameter> Rejected { get; init; } = Array.Empty<RejectedParameter>();

    /// <summary>Cross-parameter rules.</summary>
    public IReadOnlyList<RuleContract> Rules { get; init; } = Array.Empty<RuleContract>();

    /// <summary>Source key(s) from the spec's <c>sources:</c>; several keys are joined with <c>", "</c>.</summary>
    public string? Source { get; init; }

    /// <summary>True for the contract an unknown model is checked against (<see cref="ContractCatalog.UniversalContract"/>):
    /// a parameter it does not list gets an <c>unknown_parameter</c> warning instead of an error, since a new model brings new parameters.</summary>
    public bool AllowsUnlistedParameters { get; init; }

    /// <summary>Returns the parameter with wire name <paramref name="wireName"/> (ordinal), or null.</summary>
    /// <param name="wireName">The wire name, e.g. <c>output_format</c>.</param>
    public ParameterContract? FindParameter(string wireName)
    {
        foreach (ParameterContract parameter in Parameters)
        {
            if (string.Equals(parameter.WireName, wireName, StringComparison.Ordinal))
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>Returns the rejection entry for <paramref name="wireName"/> (ordinal), or null.</summary>
    /// <param name="wireName">The wire name, e.g. <c>response_format</c>.</param>
    public RejectedParameter? FindRejected(string wireName)
    {
        foreach (RejectedParameter rejected in Rejected)
        {
            if (string.Equals(rejected.WireName, wireName, StringComparison.Ordinal))
            {
                return rejected;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => "EndpointContract(" + Model + ", " + WireValue.Endpoint(Endpoint) + ")";
}
