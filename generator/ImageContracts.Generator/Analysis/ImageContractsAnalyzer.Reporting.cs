using ImageContracts.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageContracts.Generator.Analysis;

// Reporting: which lifecycle diagnostic a model earns on the cut-off day, and where a diagnostic points.
public sealed partial class ImageContractsAnalyzer
{
    /// <summary>
    /// Retired on the cut-off with a confirmed date: IMG0010 (a warning), unless the class's <c>[Obsolete]</c> already
    /// says it. Shutdown announced, or retired on an UNCONFIRMED date: IMG0013 (information, never a broken build).
    /// </summary>
    private static void ReportLifecycle(OperationAnalysisContext context, string id, LifecycleSpec lifecycle, Location at, string cutoff, bool obsoleteCovers)
    {
        switch (lifecycle.StageOn(cutoff))
        {
            case LifecycleStage.Retired when lifecycle.Confirmed:
                if (!obsoleteCovers)
                {
                    context.ReportDiagnostic(Diagnostic.Create(AnalyzerDiagnostics.ModelRetired, at, lifecycle.RetiredMessage(id)));
                }

                break;
            case LifecycleStage.Retired:
            case LifecycleStage.Deprecated:
                context.ReportDiagnostic(Diagnostic.Create(AnalyzerDiagnostics.ModelDeprecated, at, lifecycle.DeprecatedMessage(id, cutoff)));
                break;
        }
    }

    /// <summary>Points at the type in <c>new GptImage1.GenerateRequest(...)</c>, or the whole <c>new()</c>.</summary>
    private static Location TypeLocation(IObjectCreationOperation creation)
        => creation.Syntax is ObjectCreationExpressionSyntax explicitNew ? explicitNew.Type.GetLocation() : creation.Syntax.GetLocation();
}
