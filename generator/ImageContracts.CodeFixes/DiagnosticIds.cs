namespace ImageContracts.CodeFixes;

/// <summary>
/// The analyzer's ids and fix hints as the fixer reads them. Strings, not a reference to the analyzer
/// assembly, so each assembly loads on its own.
/// </summary>
internal static class DiagnosticIds
{
    public const string ValueNotAllowed = "IMG0001";
    public const string ParameterNotAccepted = "IMG0002";
    public const string OutOfRange = "IMG0003";
    public const string InvalidSize = "IMG0005";
    public const string RuleViolated = "IMG0006";
    public const string RuleAdvice = "IMG0007";

    public const string ReplaceWith = "ReplaceWith";
    public const string Remove = "Remove";
    public const string SetProperty = "SetProperty";
    public const string SetValue = "SetValue";
    public const string SetKey = "SetKey";
    public const string RemoveProperty = "RemoveProperty";
    public const string RemoveKey = "RemoveKey";
}
