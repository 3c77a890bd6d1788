using ImageContracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ImageContracts.Generator.Analysis;

/// <summary>
/// Compile-time contract violations, grouped by kind: 0001-0005 values, 0006-0007 rules,
/// 0008-0009 models and endpoints, 0010 and 0013 lifecycle, 0011 tool hosts, 0012 preview values.
/// </summary>
internal static class AnalyzerDiagnostics
{
    private const string Category = "ImageContracts.Usage";

    public static readonly DiagnosticDescriptor ValueNotAllowed = Error(
        "IMG0001", "Value not accepted by the model", "{0} does not accept {1} '{2}'; allowed: {3}");

    public static readonly DiagnosticDescriptor ParameterNotAccepted = Error(
        "IMG0002", "Parameter not accepted by the model", "{0} does not accept the parameter '{1}' on {2}{3}");

    public static readonly DiagnosticDescriptor OutOfRange = Error(
        "IMG0003", "Number outside the model's range", "{1} = {2} is outside what {0} accepts: {3} to {4}");

    public static readonly DiagnosticDescriptor TooLong = Error(
        "IMG0004", "Text longer than the model accepts", "The {1} is {2} characters long; {0} accepts at most {3}");

    public static readonly DiagnosticDescriptor InvalidSize = Error(
        "IMG0005", "Size the model does not accept", "{0} does not accept size {1}: {2}");

    public static readonly DiagnosticDescriptor RuleViolated = Error(
        "IMG0006", "Parameter combination the API rejects", "{2} ({0}, rule '{1}')");

    public static readonly DiagnosticDescriptor RuleAdvice = Warning(
        "IMG0007", "Parameter combination the API handles badly", "{2} ({0}, rule '{1}')");

    public static readonly DiagnosticDescriptor EndpointNotServed = Error(
        "IMG0008", "Model does not serve the endpoint", "{0} does not serve {1}; models that do: {2}");

    public static readonly DiagnosticDescriptor UnknownModel = Warning(
        "IMG0009", "Model unknown to the spec", "'{0}' is not a model the image spec knows for {1}; known: {2}");

    // Lifecycle is judged against the spec's asOf (or $(ImageContractsLifecycleDate)), never the clock.
    public static readonly DiagnosticDescriptor ModelRetired = Warning(
        "IMG0010", "Model past its shutdown date", "{0}");

    public static readonly DiagnosticDescriptor HostNotSupported = Error(
        "IMG0011", "Model cannot host the image_generation tool", "'{0}' cannot host the Responses API image_generation tool: {1}");

    public static readonly DiagnosticDescriptor PreviewValue = Warning(
        "IMG0012", "Preview value", "{1} '{2}' is a preview on {0}{3}");

    public static readonly DiagnosticDescriptor ModelDeprecated = new(
        "IMG0013", "Model shutting down", "{0}", Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("IMG0013"));

    public static readonly DiagnosticDescriptor[] All =
    {
        ValueNotAllowed, ParameterNotAccepted, OutOfRange, TooLong, InvalidSize, RuleViolated, RuleAdvice,
        EndpointNotServed, UnknownModel, ModelRetired, HostNotSupported, PreviewValue, ModelDeprecated,
    };

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));
}
