using System;

namespace ImageContracts;

/// <summary>One difference between the API's model list and the spec.</summary>
/// <param name="Kind">What differs.</param>
/// <param name="ModelId">The id as the API lists it (for <see cref="DriftKind.MissingFromApi"/>: the spec's id).</param>
/// <param name="SpecModelId">The spec's model the id resolves to (by id or alias), or null for <see cref="DriftKind.NotInSpec"/>.</param>
/// <param name="SpecShutdown">The spec's shutdown date, when the spec knows the model and has one.</param>
/// <param name="ApiShutdown">The API's <c>shutdown_date</c>, when the API lists the model and announces one.</param>
/// <param name="Message">What a maintainer should change, in a sentence.</param>
public sealed record DriftFinding(DriftKind Kind, string ModelId, string? SpecModelId, DateOnly? SpecShutdown, DateOnly? ApiShutdown, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Kind + " " + ModelId + ": " + Message;
}
