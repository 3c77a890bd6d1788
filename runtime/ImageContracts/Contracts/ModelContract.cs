using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>Everything the spec says about one image model: identity, lifecycle, endpoints and pricing.</summary>
public sealed class ModelContract
{
    private readonly ModelLifecycle _lifecycle = ModelLifecycle.None;

    /// <summary>The API model id, e.g. <c>gpt-image-1</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>The C# class name generated for the model, e.g. <c>GptImage1</c>.</summary>
    public string TypeName { get; init; } = "";

    /// <summary>Human-readable name, e.g. <c>GPT Image 1</c>.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>Model family: <c>gpt-image</c> or <c>dall-e</c>.</summary>
    public string Family { get; init; } = "";

    /// <summary>Documentation text from the spec.</summary>
    public string? Description { get; init; }

    /// <summary>Other ids that name the same model (e.g. dated snapshots).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    /// <summary>Release, deprecation and shutdown dates, when known; <see cref="ModelLifecycle.None"/> when the spec
    /// records none. Never null.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ModelLifecycle Lifecycle
    {
        get => _lifecycle;
        init => _lifecycle = value ?? throw new ArgumentNullException(nameof(value), "A model's lifecycle cannot be null; use ModelLifecycle.None when no dates are known.");
    }

    /// <summary>The endpoints the model serves, each with its own parameter contract.</summary>
    public IReadOnlyList<EndpointContract> Endpoints { get; init; } = Array.Empty<EndpointContract>();

    /// <summary>Prices, or null when the spec has none for this model.</summary>
    public PricingContract? Pricing { get; init; }

    /// <summary>Returns the contract for <paramref name="endpoint"/>, or null when the model does not serve it.</summary>
    /// <param name="endpoint">The endpoint to look up.</param>
    public EndpointContract? FindEndpoint(ImageEndpoint endpoint)
    {
        foreach (EndpointContract candidate in Endpoints)
        {
            if (candidate.Endpoint == endpoint)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="id"/> is <see cref="Id"/> or one of <see cref="Aliases"/> (ordinal comparison).</summary>
    /// <param name="id">A model id.</param>
    public bool HasId(string id)
    {
        if (string.Equals(Id, id, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string alias in Aliases)
        {
            if (string.Equals(alias, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => "ModelContract(" + Id + ")";
}
