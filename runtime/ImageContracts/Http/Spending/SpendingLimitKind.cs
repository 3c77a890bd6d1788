namespace ImageContracts.Http;

/// <summary>Which limit refused a call.</summary>
public enum SpendingLimitKind
{
    /// <summary>The call's estimated maximum is above <see cref="ImagesClientOptions.MaxRequestCostUsd"/>.</summary>
    PerRequestCap,

    /// <summary>The call's estimated maximum is more than is left of the <see cref="ImageSpendingBudget"/>.</summary>
    Budget,

    /// <summary>The call's cost has no upper bound the spec can give (unknown prices, uninspectable input images) and
    /// <see cref="ImagesClientOptions.AllowOpenEndedCosts"/> is off.</summary>
    OpenEnded,
}
