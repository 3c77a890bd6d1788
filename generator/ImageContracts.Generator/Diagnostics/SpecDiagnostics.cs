using Microsoft.CodeAnalysis;

namespace ImageContracts.Generator.Diagnostics;

/// <summary>Problems found in spec files. Ids are stable: users suppress them by id.</summary>
internal static class SpecDiagnostics
{
    private const string Category = "ImageContracts.Spec";

    public static readonly DiagnosticDescriptor YamlSyntax = Error(
        "IMGSPEC001", "Spec file is not valid YAML", "{0}");

    public static readonly DiagnosticDescriptor WrongNodeKind = Error(
        "IMGSPEC002", "Spec entry has the wrong shape", "'{0}' must be {1}");

    public static readonly DiagnosticDescriptor UnknownKey = Warning(
        "IMGSPEC003", "Unknown key in spec", "Unknown key '{0}' in {1}; expected one of: {2}");

    public static readonly DiagnosticDescriptor MissingKey = Error(
        "IMGSPEC004", "Required spec key is missing", "{0} is missing the required key '{1}'");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "IMGSPEC005", "Spec value is not valid", "'{0}' is not a valid {1} for '{2}'");

    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "IMGSPEC006", "Spec refers to something that does not exist", "{0} '{1}' does not exist; known: {2}");

    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "IMGSPEC007", "Duplicate name in spec", "{0} '{1}' is defined more than once");

    public static readonly DiagnosticDescriptor PriceForUnknownValue = Error(
        "IMGSPEC008", "Price for a value the model does not accept", "Model '{0}' prices {1} '{2}', which it does not accept (accepted: {3})");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "IMGSPEC009", "Spec name is not a valid C# identifier", "'{0}' cannot be used as the C# name of {1}");

    public static readonly DiagnosticDescriptor NoSpec = Warning(
        "IMGSPEC010", "No image spec found", "No *.imagespec.yaml file defines any model; nothing was generated");

    public static readonly DiagnosticDescriptor ExtendsCycle = Error(
        "IMGSPEC011", "Model inheritance cycle", "Model '{0}' extends itself through: {1}");

    public static readonly DiagnosticDescriptor RuleUnknownParameter = Error(
        "IMGSPEC012", "Rule names a parameter the endpoint lacks", "Rule '{0}' refers to '{1}', which {2} does not have (parameters: {3})");

    public static readonly DiagnosticDescriptor InvalidLifecycleDate = Warning(
        "IMGSPEC020", "ImageContractsLifecycleDate is not a date", "ImageContractsLifecycleDate '{0}' is not a date (YYYY-MM-DD); the spec's asOf is the lifecycle cut-off");

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));
}
