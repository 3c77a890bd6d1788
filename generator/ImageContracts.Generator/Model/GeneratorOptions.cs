using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageContracts.Generator.Model;

/// <summary>The MSBuild switches the generator reads, reduced to a small comparable record.</summary>
internal sealed record GeneratorOptions(string Namespace, bool Public, string? LifecycleDate, string? RejectedLifecycleDate)
{
    /// <summary>
    /// Set by the runtime project only (<c>ImageContractsEmit=BundledContracts</c>): emit the bundled spec's contracts as
    /// the public <c>ImageContracts.BundledContracts</c> class and nothing else, so consumers reference them instead of
    /// compiling them again.
    /// </summary>
    public bool EmitsBundledContracts { get; init; }

    /// <summary>
    /// <c>ImageContractsEmitRetiredModels=true</c>: shut-down models keep their request types. By default a retired
    /// model is only its <c>[Obsolete]</c> class with <c>Id</c> and <c>Contract</c>: nothing can call it any more.
    /// </summary>
    public bool EmitsRetiredRequests { get; init; }

    /// <summary>
    /// <c>ImageContractsEmitUnusedModels=true</c>: every model gets its request types and enums. By default only the models
    /// the project's code names (its type name appears in a source file) do; the others are their class with <c>Id</c> and
    /// <c>Contract</c>, and the loose requests are emitted when named. Set it for code that finds the types by reflection.
    /// </summary>
    public bool EmitsUnusedModels { get; init; }

    /// <summary>The MSBuild property that moves the lifecycle cut-off away from the spec's <c>asOf</c>.</summary>
    public const string LifecycleDateProperty = "build_property.ImageContractsLifecycleDate";

    public const string DefaultNamespace = "ImageContracts";

    public string Accessibility => Public ? "public" : "internal";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.ImageContractsNamespace", out var ns);
        options.TryGetValue("build_property.ImageContractsPublic", out var isPublic);
        options.TryGetValue("build_property.ImageContractsEmit", out var emit);
        options.TryGetValue("build_property.ImageContractsEmitRetiredModels", out var retired);
        options.TryGetValue("build_property.ImageContractsEmitUnusedModels", out var unused);
        return new GeneratorOptions(
            string.IsNullOrWhiteSpace(ns) ? DefaultNamespace : ns!.Trim(),
            IsTrue(isPublic),
            ReadLifecycleDate(options),
            options.TryGetValue(LifecycleDateProperty, out var date) && !string.IsNullOrWhiteSpace(date) && !IsDate(date.Trim()) ? date : null)
        {
            EmitsBundledContracts = string.Equals(emit?.Trim(), "BundledContracts", System.StringComparison.Ordinal),
            EmitsRetiredRequests = IsTrue(retired),
            EmitsUnusedModels = IsTrue(unused),
        };
    }

    private static bool IsTrue(string? text) => string.Equals(text?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The build's "today" for lifecycle decisions: the spec's <c>asOf</c> unless the project sets
    /// <c>ImageContractsLifecycleDate</c>. Never the clock, so a build gives the same diagnostics on any day.
    /// </summary>
    public string LifecycleCutoff(string asOf) => LifecycleDate ?? asOf;

    /// <summary>The property's value when it is a YYYY-MM-DD date; anything else counts as unset (and is reported by the analyzer).</summary>
    public static string? ReadLifecycleDate(AnalyzerConfigOptions options)
        => options.TryGetValue(LifecycleDateProperty, out var text) && IsDate(text?.Trim()) ? text!.Trim() : null;

    public static bool IsDate(string? text)
        => text is { Length: 10 } && System.DateTime.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
