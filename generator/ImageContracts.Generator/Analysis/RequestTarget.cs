using System.Collections.Generic;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Analysis;

/// <summary>A generated request type the analyzer knows: which model and endpoint it is for, and its properties' wire names.</summary>
internal sealed class RequestTarget
{
    public RequestTarget(EndpointKindSpec kind, ModelSpec? model, EndpointSpec? endpoint)
    {
        Kind = kind;
        Model = model;
        Endpoint = endpoint;
    }

    public EndpointKindSpec Kind { get; }

    /// <summary>The model of a typed request; null for a loose one, whose model is its <c>Model</c> property.</summary>
    public ModelSpec? Model { get; }

    public EndpointSpec? Endpoint { get; }

    public bool IsLoose => Model is null;

    public bool IsTool => Kind.Body == "tool";

    /// <summary>C# property name → wire name.</summary>
    public Dictionary<string, string> Properties { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Wire name → fully qualified C# type of the model's value enum (typed requests), for fixes.</summary>
    public Dictionary<string, string> ValueTypes { get; } = new(System.StringComparer.Ordinal);

    public string? PropertyFor(string wire)
    {
        foreach (var pair in Properties)
        {
            if (pair.Value == wire)
            {
                return pair.Key;
            }
        }

        return null;
    }
}
