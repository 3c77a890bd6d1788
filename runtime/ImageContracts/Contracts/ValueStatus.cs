namespace ImageContracts;

/// <summary>Status of one allowed value of a parameter.</summary>
public enum ValueStatus
{
    /// <summary>Documented and generally available.</summary>
    Supported,

    /// <summary>Accepted, but documented as preview; the validator emits a <c>preview_value</c> warning.</summary>
    Preview,

    /// <summary>Still accepted but deprecated; the validator emits a <c>deprecated_value</c> warning.</summary>
    Deprecated,

    /// <summary>Accepted by the spec but UNCONFIRMED (only third parties document it); the validator emits an <c>unconfirmed</c> warning.</summary>
    Unconfirmed,
}
