using System.Linq;

namespace ImageContracts;

/// <summary>Applies an <see cref="UnknownModelPolicy"/> to a validation result: the one place that turns the
/// <c>unknown_model</c> warning into an error for <see cref="UnknownModelPolicy.Refuse"/>.</summary>
internal static class UnknownModels
{
    public static ValidationResult Apply(ValidationResult result, UnknownModelPolicy policy)
    {
        if (policy != UnknownModelPolicy.Refuse || !result.Warnings.Any(IsUnknownModel))
        {
            return result;
        }

        return new ValidationResult(result.All.Select(finding => IsUnknownModel(finding) && finding.Severity == RuleSeverity.Warning
            ? new ValidationFinding(finding.Parameter, finding.Code, finding.Message + " UnknownModelPolicy is Refuse, so the request is not sent.", RuleSeverity.Error)
            : finding));
    }

    private static bool IsUnknownModel(ValidationFinding finding) => finding.Code == ValidationCodes.UnknownModel;
}
