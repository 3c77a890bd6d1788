using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageContracts.Generator.Analysis;

/// <summary>
/// The spec and the index of generated types for one compilation, built when the first operation that could concern
/// them is met, not at compilation start: most compilations (a hello world, every keystroke in a file that creates no
/// request) never need the spec parsed. Thread-safe: concurrent operations wait for the one build.
/// </summary>
internal sealed class SpecOnDemand
{
    private readonly Lazy<(RequestIndex Index, string Cutoff)?> _analysis;
    private readonly string[] _namespaces;

    public SpecOnDemand(Compilation compilation, IReadOnlyList<AdditionalText> specFiles, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var generatorOptions = GeneratorOptions.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        _namespaces = new[] { generatorOptions.Namespace, GeneratorOptions.DefaultNamespace }.Distinct().ToArray();
        _analysis = new Lazy<(RequestIndex, string)?>(() => Build(compilation, specFiles, options, generatorOptions, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The index and the build's lifecycle cut-off, or null when the spec does not parse or nothing was generated from
    /// it. Null without parsing anything when <paramref name="type"/> is not declared in a namespace the generated
    /// types live in: every type the index knows is (a model class's nested types included).
    /// </summary>
    public (RequestIndex Index, string Cutoff)? For(ITypeSymbol? type) => MayBeGenerated(type) ? _analysis.Value : null;

    private bool MayBeGenerated(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        var outermost = type.OriginalDefinition;
        while (outermost.ContainingType is { } containing)
        {
            outermost = containing;
        }

        foreach (var ns in _namespaces)
        {
            if (IsNamespace(outermost.ContainingNamespace, ns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Compares a namespace with a dotted name segment by segment, from the innermost, without building its name.</summary>
    private static bool IsNamespace(INamespaceSymbol? ns, string dotted)
    {
        if (dotted.Length == 0)
        {
            return ns is null || ns.IsGlobalNamespace;
        }

        var end = dotted.Length;
        while (ns is { IsGlobalNamespace: false })
        {
            var start = dotted.LastIndexOf('.', end - 1) + 1;
            if (end - start != ns.Name.Length || string.CompareOrdinal(dotted, start, ns.Name, 0, ns.Name.Length) != 0)
            {
                return false;
            }

            ns = ns.ContainingNamespace;
            end = start - 1;
            if (end < 0)
            {
                return ns is null || ns.IsGlobalNamespace;
            }
        }

        return false;
    }

    private static (RequestIndex, string)? Build(Compilation compilation, IReadOnlyList<AdditionalText> specFiles, AnalyzerOptions options, GeneratorOptions generatorOptions, CancellationToken cancellationToken)
    {
        var texts = specFiles.Select(f => new SpecFileText(f.Path, f.GetText(cancellationToken)?.ToString() ?? string.Empty, ImageSpecGenerator.ReadOrder(options.AnalyzerConfigOptionsProvider.GetOptions(f))));
        var parsed = ParsedSpecCache.Parse(texts, cancellationToken);
        if (parsed.Model is null)
        {
            return null;
        }

        var index = RequestIndex.Build(compilation, parsed.Model, parsed.Locations, generatorOptions);
        if (index.IsEmpty)
        {
            return null;
        }

        // The build's "today": a function of the inputs (spec, MSBuild property), so every day gives the same result.
        var cutoff = GeneratorOptions.ReadLifecycleDate(options.AnalyzerConfigOptionsProvider.GlobalOptions) ?? parsed.Model.AsOf;
        return (index, cutoff);
    }
}
