using System.Collections.Generic;

namespace ImageContracts.Http;

/// <summary>The <c>error.moderation_details</c> of a blocked request.</summary>
public sealed class ModerationDetails
{
    /// <summary><c>moderation_stage</c>: <c>input</c>, <c>output</c> or <c>unknown</c>.</summary>
    public string? Stage { get; init; }

    /// <summary><c>categories</c>: the moderation categories that triggered.</summary>
    public IReadOnlyList<string> Categories { get; init; } = System.Array.Empty<string>();

    /// <summary>Formats the details as <c>stage input: violence, self-harm</c>.</summary>
    public override string ToString() => "stage " + (Stage ?? "unknown") + (Categories.Count == 0 ? "" : ": " + string.Join(", ", Categories));
}
