using System;
using System.Collections.Generic;
using System.Text;

namespace ImageContracts;

/// <summary>The outcome of validating a request: errors (the API is expected to reject it) and warnings.</summary>
public sealed class ValidationResult
{
    private static readonly ValidationResult SuccessResult = new(Array.Empty<ValidationFinding>());

    /// <summary>Creates a result from findings, split by <see cref="ValidationFinding.Severity"/> (order kept).</summary>
    /// <param name="findings">Errors and warnings.</param>
    public ValidationResult(IEnumerable<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var all = new List<ValidationFinding>(findings);
        var errors = new List<ValidationFinding>();
        var warnings = new List<ValidationFinding>();
        foreach (ValidationFinding finding in all)
        {
            ArgumentNullException.ThrowIfNull(finding, nameof(findings));
            (finding.Severity == RuleSeverity.Error ? errors : warnings).Add(finding);
        }

        All = all;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>A valid result without findings.</summary>
    public static ValidationResult Success => SuccessResult;

    /// <summary>True when there are no errors (warnings are allowed).</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The errors, in check order.</summary>
    public IReadOnlyList<ValidationFinding> Errors { get; }

    /// <summary>The warnings, in check order.</summary>
    public IReadOnlyList<ValidationFinding> Warnings { get; }

    /// <summary>Errors and warnings together, in check order.</summary>
    public IReadOnlyList<ValidationFinding> All { get; }

    /// <summary>True when some finding (error or warning) has <paramref name="code"/>.</summary>
    /// <param name="code">A code such as <c>out_of_range</c>.</param>
    public bool Has(string code)
    {
        foreach (ValidationFinding finding in All)
        {
            if (string.Equals(finding.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A multi-line summary: <c>Valid</c> or <c>Invalid: 1 error, 2 warnings</c>, then one line per finding.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(IsValid ? "Valid" : "Invalid");
        if (All.Count > 0)
        {
            text.Append(": ").Append(Count(Errors.Count, "error")).Append(", ").Append(Count(Warnings.Count, "warning"));
            foreach (ValidationFinding finding in All)
            {
                text.Append('\n').Append("  ").Append(finding.ToString());
            }
        }

        return text.ToString();
    }

    private static string Count(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
