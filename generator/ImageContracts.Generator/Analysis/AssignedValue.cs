using Microsoft.CodeAnalysis;

namespace ImageContracts.Generator.Analysis;

/// <summary>
/// A parameter the user's code sets, and what is known of its value at compile time.
/// Only constants are judged; anything else is left to the runtime validator.
/// </summary>
internal sealed class AssignedValue
{
    public AssignedValue(string wire, IOperation at, IOperation value, bool isKnown, object? constant, bool isPresent, bool isImplied = false)
    {
        IsImplied = isImplied;
        Wire = wire;
        At = at;
        Value = value;
        IsKnown = isKnown;
        Constant = constant;
        IsPresent = isPresent;
    }

    public string Wire { get; }

    /// <summary>The assignment, argument or dictionary entry: where diagnostics point.</summary>
    public IOperation At { get; }

    /// <summary>The value expression, which a fix may replace.</summary>
    public IOperation Value { get; }

    /// <summary>True when the value is a compile-time constant (wire text, long or bool; null means "not sent").</summary>
    public bool IsKnown { get; }

    public object? Constant { get; }

    /// <summary>True when the parameter is certainly sent (a non-null constant, or a non-nullable value).</summary>
    public bool IsPresent { get; }

    /// <summary>True for a value the code does not write but the call implies (a streaming method sends <c>stream: true</c>):
    /// it is judged like any other, but no fix edits it.</summary>
    public bool IsImplied { get; }

    public Location Location => At.Syntax.GetLocation();
}
