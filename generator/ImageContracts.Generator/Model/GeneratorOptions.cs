using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageContracts.Generator.Model;

/// <summary>The MSBuild switches the generator reads, reduced to a small comparable record.</summary>
internal sealed record GeneratorOptions(string Namespace, bool Public, string? LifecycleDate, string? RejectedLifecycleDate)
{
    /// <summary>The MSBuild property that moves the lifecycle cut-off away from the spec's <c>asOf</c>.</summary>
    public const string LifecycleDateProperty = "build_property.ImageContractsLifecycleDate";

    public const string DefaultNamespace = "ImageContracts";

    public string Accessibility => Public ? "public" : "internal";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.ImageContractsNamespace", out var ns);
        options.TryGetValue("build_property.ImageContractsPublic", out var isPublic);
        return new GeneratorOptions(
            string.IsNullOrWhiteSpace(ns) ? DefaultNamespace : ns!.Trim(),
            string.Equals(isPublic?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase),
            ReadLifecycleDate(options),
            options.TryGetValue(LifecycleDateProperty, out var date) && !string.IsNullOrWhiteSpace(date) && !IsDate(date.Trim()) ? date : null);
    }

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
