using System;
using System.Collections.Generic;
using System.Globalization;

#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>
/// How the spec's condition rules are judged, once for the runtime validator and the analyzer. Three-valued: the
/// analyzer may not know a value (it is not a compile-time constant), and then a test that needs it is null; the
/// runtime always knows its values. A rule is violated when every <c>when</c> condition holds and some <c>require</c>
/// condition does not; when that depends on an unknown value the answer is null and nothing is reported.
/// </summary>
internal static class RuleLogic
{
    /// <summary>Whether a condition holds for one parameter.</summary>
    /// <param name="test">What the condition tests.</param>
    /// <param name="given">The caller gave the parameter (a default does not count).</param>
    /// <param name="known">The given value is known; false for a value computed at run time (analyzer only).</param>
    /// <param name="effective">The given value, else the parameter's default: a <see cref="string"/>, <see cref="long"/>,
    /// <see cref="bool"/>, or null (absent without a default, or given with the wrong type).</param>
    /// <param name="values">For <see cref="ConditionTest.OneOf"/>: the values that satisfy it.</param>
    /// <param name="minimum">For <see cref="ConditionTest.Range"/>: the inclusive lower bound, or null.</param>
    /// <param name="maximum">For <see cref="ConditionTest.Range"/>: the inclusive upper bound, or null.</param>
    /// <param name="expected">For <see cref="ConditionTest.Equals"/>: the boolean that satisfies it.</param>
    public static bool? Holds(ConditionTest test, bool given, bool known, object? effective, IReadOnlyList<string> values, long? minimum, long? maximum, bool? expected)
    {
        switch (test)
        {
            case ConditionTest.Present:
                return given;
            case ConditionTest.Absent:
                return !given;
        }

        if (given && !known)
        {
            return null;
        }

        switch (test)
        {
            case ConditionTest.OneOf:
                return ScalarText(effective) is { } text && Contains(values, text);
            case ConditionTest.Range:
                return effective is long number && ParameterLimits.InRange(number, minimum, maximum);
            case ConditionTest.Equals:
                // An absent boolean without a default is not known to be false: the rule does not fire on a guess.
                return expected is bool flag && effective is bool value && value == flag;
            default:
                return false;
        }
    }

    /// <summary>True when the rule is violated (<paramref name="failing"/> is the first <c>require</c> condition that
    /// does not hold), false when it is not, null when that depends on a value that is not known.</summary>
    public static bool? IsViolated<TCondition>(IEnumerable<TCondition> when, IEnumerable<TCondition> require, Func<TCondition, bool?> holds, out TCondition? failing)
        where TCondition : class
    {
        failing = null;
        bool undecided = false;
        foreach (TCondition condition in when)
        {
            bool? result = holds(condition);
            if (result == false)
            {
                return false;
            }

            undecided |= result is null;
        }

        if (undecided)
        {
            return null;
        }

        foreach (TCondition condition in require)
        {
            bool? result = holds(condition);
            if (result == false)
            {
                failing = condition;
                return true;
            }

            undecided |= result is null;
        }

        return undecided ? null : false;
    }

    // A list may name numbers and booleans too; they compare as their wire text.
    private static string? ScalarText(object? value) => value switch
    {
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => null,
    };

    private static bool Contains(IReadOnlyList<string> values, string text)
    {
        foreach (string value in values)
        {
            if (string.Equals(value, text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
