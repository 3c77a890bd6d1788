namespace ImageContracts;

/// <summary>Where a model stands on a given day.</summary>
public enum LifecycleStage
{
    /// <summary>No shutdown announced.</summary>
    Active,

    /// <summary>A shutdown is announced (or a notice given) but the model still serves requests.</summary>
    Deprecated,

    /// <summary>Shut down: the API no longer serves it.</summary>
    Retired,
}
