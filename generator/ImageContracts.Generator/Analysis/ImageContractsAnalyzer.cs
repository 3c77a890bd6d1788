using System;
using System.Collections.Immutable;
using System.Linq;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageContracts.Generator.Analysis;

/// <summary>
/// Turns invalid model and parameter combinations written as constants into compile-time diagnostics:
/// in request creations (constructor arguments, object initializers, target-typed <c>new()</c>),
/// <c>with</c> expressions, and <c>ImageContract.Validate</c>/<c>EstimateCost</c> calls with
/// dictionary literals. The spec is parsed once per compilation from the same AdditionalFiles the
/// generator reads. Non-constant values are left to the runtime validator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed partial class ImageContractsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = AnalyzerDiagnostics.All.ToImmutableArray();

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext start)
    {
        var specFiles = start.Options.AdditionalFiles.Where(f => f.Path.EndsWith(ImageSpecGenerator.SpecSuffix, StringComparison.OrdinalIgnoreCase)).ToList();
        if (specFiles.Count == 0)
        {
            return;
        }

        var texts = specFiles.Select(f => new SpecFileText(f.Path, f.GetText(start.CancellationToken)?.ToString() ?? string.Empty, ImageSpecGenerator.ReadOrder(start.Options.AnalyzerConfigOptionsProvider.GetOptions(f))));
        var parsed = ParsedSpecCache.Parse(texts, start.CancellationToken);
        if (parsed.Model is null)
        {
            return;
        }

        var index = RequestIndex.Build(start.Compilation, parsed.Model, parsed.Locations, GeneratorOptions.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions));
        if (index.IsEmpty)
        {
            return;
        }

        // The build's "today": a function of the inputs (spec, MSBuild property), so every day gives the same result.
        var cutoff = GeneratorOptions.ReadLifecycleDate(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions) ?? parsed.Model.AsOf;
        start.RegisterOperationAction(c => AnalyzeCreation(c, index, cutoff), OperationKind.ObjectCreation);
        start.RegisterOperationAction(c => AnalyzeWith(c, index), OperationKind.With);
        start.RegisterOperationAction(c => AnalyzeInvocation(c, index, cutoff), OperationKind.Invocation);
    }
}
