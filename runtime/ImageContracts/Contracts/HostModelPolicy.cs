using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>Which mainline models may host the Responses API <c>image_generation</c> tool.</summary>
public sealed class HostModelPolicy
{
    /// <summary>Model ids documented as hosts.</summary>
    public IReadOnlyList<string> Models { get; init; } = Array.Empty<string>();

    /// <summary>Id prefixes documented as hosts (e.g. <c>gpt-5</c> for "gpt-5 and newer").</summary>
    public IReadOnlyList<string> Prefixes { get; init; } = Array.Empty<string>();

    /// <summary>Release, notice and shutdown dates of host models, for those the spec records them for.</summary>
    public IReadOnlyDictionary<string, ModelLifecycle> Lifecycles { get; init; } = new Dictionary<string, ModelLifecycle>();

    /// <summary>Image model ids, which are never valid hosts.</summary>
    public IReadOnlyList<string> ImageModelIds { get; init; } = Array.Empty<string>();
}
