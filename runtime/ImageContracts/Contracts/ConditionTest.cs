#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>What a <see cref="RuleCondition"/> tests.</summary>
public enum ConditionTest
{
    /// <summary>The effective value (given, else the parameter default) is one of <see cref="RuleCondition.Values"/>.</summary>
    OneOf,

    /// <summary>The caller gave the parameter (defaults do not count).</summary>
    Present,

    /// <summary>The caller did not give the parameter (defaults do not count).</summary>
    Absent,

    /// <summary>The effective integer value lies within <see cref="RuleCondition.Minimum"/>..<see cref="RuleCondition.Maximum"/> (inclusive; a null bound is open).</summary>
    Range,

    /// <summary>The effective boolean value equals <see cref="RuleCondition.Boolean"/>.</summary>
    Equals,
}
