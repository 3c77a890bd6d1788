using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>
/// What validation needs beyond the request: the clock that decides whether a model is shut down, and how
/// severe that finding is. The clock is an input (a <see cref="System.TimeProvider"/>), so tests and replays can
/// fix the date.
/// </summary>
public sealed class ValidationOptions
{
    /// <summary>The system clock and a warning for retired models.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The clock for lifecycle checks; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Severity of <c>model_retired</c>. A warning by default: the spec may lag an API that postponed a shutdown.
    /// <see cref="RuleSeverity.Error"/> makes a request to a shut-down model invalid, so a client stops it before sending.
    /// </summary>
    public RuleSeverity RetiredModelSeverity { get; init; } = RuleSeverity.Warning;

    /// <summary>What a model id the spec does not know is: <see cref="UnknownModelPolicy.Warn"/> (default; checked
    /// against what every known model of the endpoint shares) or <see cref="UnknownModelPolicy.Refuse"/> (an error).</summary>
    public UnknownModelPolicy UnknownModels { get; init; } = UnknownModelPolicy.Warn;

    /// <summary>Parameters the sender adds to the request's own before sending, validated as if the request had set
    /// them (see <see cref="RequestParameters.With"/>). A streaming call adds <c>stream: true</c>, so a request with
    /// <c>partial_images</c> and no <c>stream</c> is valid for it. Null: none.</summary>
    public IReadOnlyDictionary<string, object?>? AddedParameters { get; init; }

    /// <summary>Today in UTC by <see cref="TimeProvider"/>.</summary>
    internal DateOnly Today => DateOnly.FromDateTime(TimeProvider.GetUtcNow().UtcDateTime);
}
