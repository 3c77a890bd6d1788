using System;
using System.Collections.Generic;
using System.Globalization;

namespace ImageContracts;

/// <summary>Release, deprecation and shutdown dates of a model.</summary>
public sealed class ModelLifecycle
{
    /// <summary>The lifecycle of a model whose spec records no dates: active, nothing announced. The default of
    /// <see cref="ModelContract.Lifecycle"/>, so a contract written without one still has a lifecycle to judge.</summary>
    public static ModelLifecycle None { get; } = new();

    /// <summary>First availability, when known.</summary>
    public DateOnly? Released { get; init; }

    /// <summary>Date the deprecation was announced (the notice), when known.</summary>
    public DateOnly? Deprecated { get; init; }

    /// <summary>Date the model stops (or stopped) serving requests, when known.</summary>
    public DateOnly? Shutdown { get; init; }

    /// <summary>The models the provider recommends moving to, when the spec records them.</summary>
    public IReadOnlyList<string> Replacements { get; init; } = Array.Empty<string>();

    /// <summary>False when the dates are UNCONFIRMED by an official source.</summary>
    public bool Confirmed { get; init; } = true;

    /// <summary>Free-text note from the spec.</summary>
    public string? Note { get; init; }

    /// <summary>Source key(s) from the spec's <c>sources:</c>; several keys are joined with <c>", "</c>.</summary>
    public string? Source { get; init; }

    /// <summary>True when <see cref="Shutdown"/> is known and on or before <paramref name="date"/>.</summary>
    /// <param name="date">The day to test.</param>
    public bool IsRetiredOn(DateOnly date) => Shutdown is { } shutdown && shutdown <= date;

    /// <summary>Retired when shut down on or before <paramref name="date"/>; deprecated when a shutdown or notice is announced; else active.</summary>
    /// <param name="date">The day to judge.</param>
    public LifecycleStage StageOn(DateOnly date)
    {
        if (IsRetiredOn(date))
        {
            return LifecycleStage.Retired;
        }

        return Shutdown is not null || Deprecated <= date ? LifecycleStage.Deprecated : LifecycleStage.Active;
    }

    /// <summary>"; use a or b", or empty when no replacement is recorded.</summary>
    internal string ReplacementAdvice => Replacements.Count == 0 ? "" : "; use " + string.Join(" or ", Replacements);

    /// <summary>The shutdown date as YYYY-MM-DD, with "(date UNCONFIRMED)" when it is.</summary>
    internal string ShutdownText
        => Shutdown?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (Confirmed ? "" : " (date UNCONFIRMED)");
}
