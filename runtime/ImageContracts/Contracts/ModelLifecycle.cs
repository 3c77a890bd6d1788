using System;

namespace ImageContracts;

/// <summary>Release, deprecation and shutdown dates of a model.</summary>
public sealed class ModelLifecycle
{
    /// <summary>First availability, when known.</summary>
    public DateOnly? Released { get; init; }

    /// <summary>Date the model was announced as deprecated, when known.</summary>
    public DateOnly? Deprecated { get; init; }

    /// <summary>Date the model stops (or stopped) serving requests, when known.</summary>
    public DateOnly? Shutdown { get; init; }

    /// <summary>False when the dates are UNCONFIRMED by an official source.</summary>
    public bool Confirmed { get; init; } = true;

    /// <summary>Free-text note from the spec.</summary>
    public string? Note { get; init; }

    /// <summary>Source key(s) from the spec's <c>sources:</c>; several keys are joined with <c>", "</c>.</summary>
    public string? Source { get; init; }

    /// <summary>True when <see cref="Shutdown"/> is known and on or before <paramref name="date"/>.</summary>
    /// <param name="date">The day to test.</param>
    public bool IsRetiredOn(DateOnly date) => Shutdown is { } shutdown && shutdown <= date;
}
