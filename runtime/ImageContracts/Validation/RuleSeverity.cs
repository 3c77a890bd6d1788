#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>Severity of a validation finding or rule.</summary>
public enum RuleSeverity
{
    /// <summary>The API is expected to reject the request; <see cref="ValidationResult.IsValid"/> becomes false.</summary>
    Error,

    /// <summary>The request may work but something deserves attention (preview, unconfirmed, retired model...).</summary>
    Warning,
}
