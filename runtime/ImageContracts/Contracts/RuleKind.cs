#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>The kind of a <see cref="RuleContract"/>.</summary>
public enum RuleKind
{
    /// <summary>A <c>when</c>/<c>require</c> rule over parameter values.</summary>
    Condition,

    /// <summary>The first image of every listed parameter must have the same width and height.</summary>
    SameDimensions,

    /// <summary>The first image of every listed parameter must have the same format.</summary>
    SameFormat,
}
