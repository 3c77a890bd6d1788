using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageContracts.Generator.Analysis;

/// <summary>
/// Turns invalid model and parameter combinations written as constants into compile-time diagnostics:
/// in request creations (constructor arguments, object initializers, target-typed <c>new()</c>),
/// <c>with</c> expressions, and <c>ImageContract.Validate</c>/<c>EstimateCost</c> calls with
/// dictionary literals. The spec is read from the same AdditionalFiles the generator reads, when the first
/// operation that may concern it is met. Non-constant values are left to the runtime validator.
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

        // Parsed (through the shared cache) and indexed only when an operation on a possibly generated type needs it.
        var spec = new SpecOnDemand(start.Compilation, specFiles, start.Options, start.CancellationToken);
        start.RegisterOperationAction(c =>
        {
            if (spec.For(((IObjectCreationOperation)c.Operation).Type) is { } s)
            {
                AnalyzeCreation(c, s.Index, s.Cutoff);
            }
        }, OperationKind.ObjectCreation);
        start.RegisterOperationAction(c =>
        {
            if (spec.For(((IWithOperation)c.Operation).Type) is { } s)
            {
                AnalyzeWith(c, s.Index);
            }
        }, OperationKind.With);
        start.RegisterOperationAction(c =>
        {
            if (spec.For(((IInvocationOperation)c.Operation).TargetMethod.ContainingType) is { } s)
            {
                AnalyzeInvocation(c, s.Index, s.Cutoff);
            }
        }, OperationKind.Invocation);
    }
}
