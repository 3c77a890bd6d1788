namespace ImageContracts;

/// <summary>How the API's model list and the spec disagree.</summary>
public enum DriftKind
{
    /// <summary>The API serves an image model (by the spec's id prefixes) that the spec does not know, by id or alias.</summary>
    NotInSpec,

    /// <summary>The API's <c>shutdown_date</c> differs from the spec's shutdown date (a date on one side only counts).</summary>
    ShutdownDiffers,

    /// <summary>The spec thinks the model is live, but the API lists neither its id nor any alias.</summary>
    MissingFromApi,

    /// <summary>The spec says the model was shut down, but the API still lists it.</summary>
    ServedAfterShutdown,
}
