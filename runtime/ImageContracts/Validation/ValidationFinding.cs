using System;

namespace ImageContracts;

/// <summary>One validation finding (an error or a warning). Messages never contain file bytes.</summary>
public sealed class ValidationFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="parameter">The wire name of the parameter concerned, or null for the whole request.</param>
    /// <param name="code">A stable code (see <see cref="ValidationCodes"/>).</param>
    /// <param name="message">A readable message.</param>
    /// <param name="severity">Error or warning.</param>
    public ValidationFinding(string? parameter, string code, string message, RuleSeverity severity)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        Parameter = parameter;
        Code = code;
        Message = message;
        Severity = severity;
    }

    /// <summary>The wire name of the parameter concerned, or null for whole-request findings.</summary>
    public string? Parameter { get; }

    /// <summary>A stable code such as <c>value_not_allowed</c> or <c>rule:transparent-background-format</c>.</summary>
    public string Code { get; }

    /// <summary>A readable message.</summary>
    public string Message { get; }

    /// <summary>Error or warning.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>Formats the finding as <c>error value_not_allowed [quality]: message</c>.</summary>
    public override string ToString() =>
        (Severity == RuleSeverity.Error ? "error " : "warning ") + Code
        + (Parameter is null ? "" : " [" + Parameter + "]") + ": " + Message;
}
