using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageContracts.Generator.Model;

/// <summary>The MSBuild switches the generator reads, reduced to a small comparable record.</summary>
internal sealed record GeneratorOptions(string Namespace, bool Public)
{
    public const string DefaultNamespace = "ImageContracts";

    public string Accessibility => Public ? "public" : "internal";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.ImageContractsNamespace", out var ns);
        options.TryGetValue("build_property.ImageContractsPublic", out var isPublic);
        return new GeneratorOptions(
            string.IsNullOrWhiteSpace(ns) ? DefaultNamespace : ns!.Trim(),
            string.Equals(isPublic?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase));
    }
}
