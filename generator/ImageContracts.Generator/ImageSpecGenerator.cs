using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using ImageContracts.Generator.Binding;
using ImageContracts.Generator.Diagnostics;
using ImageContracts.Generator.Emitting;
using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ImageContracts.Generator;

/// <summary>
/// Reads <c>*.imagespec.yaml</c> AdditionalFiles and emits per-model request types, their contracts,
/// the loose requests and the catalog. It never looks at C# code, so editing C# re-runs nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ImageSpecGenerator : IIncrementalGenerator
{
    /// <summary>File name suffix of spec files.</summary>
    public const string SpecSuffix = ".imagespec.yaml";

    /// <summary>AdditionalFiles metadata giving a file's merge precedence (lower merges first).</summary>
    public const string OrderMetadata = "build_metadata.AdditionalFiles.ImageContractsSpecOrder";

    private const int DefaultOrder = 100;

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(SpecSuffix, StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => new SpecFileText(
                pair.Left.Path,
                pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty,
                ReadOrder(pair.Right.GetOptions(pair.Left))))
            .WithTrackingName(TrackingNames.SpecFiles);

        var parsed = files.Collect()
            .Select(static (all, cancellationToken) => ParsedSpecCache.Parse(all, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpec);

        // Diagnostics carry positions; the model does not, so moving text re-reports without re-emitting.
        context.RegisterSourceOutput(parsed.Select(static (result, _) => result.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(options, static (spc, options) =>
        {
            if (options.RejectedLifecycleDate is { } rejected)
            {
                spc.ReportDiagnostic(Diagnostic.Create(SpecDiagnostics.InvalidLifecycleDate, Location.None, rejected));
            }
        });

        var spec = parsed.Select(static (result, _) => result.Model).WithTrackingName(TrackingNames.SpecModel);

        // The contracts already compiled into the referenced runtime: unchanged models refer to them.
        var bundled = context.CompilationProvider
            .Select(static (compilation, _) => BundledSpec.In(compilation))
            .WithTrackingName(TrackingNames.BundledContracts);

        // The names each source file mentions (one set per file, so an edit recomputes its own file only): a model's
        // requests and enums, and each loose request, are emitted only when the code names them.
        var names = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => node is CompilationUnitSyntax, static (syntax, cancellationToken) => SourceNames.In(syntax.Node, cancellationToken))
            .Collect()
            .WithTrackingName(TrackingNames.SourceNames);

        // Each model travels with the spec's asOf (the default lifecycle cut-off for its [Obsolete]) and whether the code
        // names it; reduced to that one bool, an edit that does not change it leaves the model's output cached.
        var models = spec
            .SelectMany(static (model, _) => model is null
                ? ImmutableArray<(ModelSpec Model, string AsOf)>.Empty
                : model.Models.Select(m => (Model: m, model.AsOf)).ToImmutableArray())
            .Combine(names)
            .Select(static (pair, _) => (pair.Left.Model, pair.Left.AsOf, Named: SourceNames.Mentions(pair.Right, pair.Left.Model.TypeName)))
            .Combine(options)
            .Combine(bundled)
            .WithTrackingName(TrackingNames.Models);
        context.RegisterSourceOutput(models, static (spc, pair) =>
        {
            var ((model, asOf, named), options) = pair.Left;
            if (options.EmitsBundledContracts)
            {
                return;
            }

            foreach (var (hintName, source) in ModelEmitter.Emit(model, options.LifecycleCutoff(asOf), options, pair.Right.Holds(model), named))
            {
                spc.AddSource(hintName, SourceText.From(source, Encoding.UTF8));
            }
        });

        var looseNamed = names.Select(static (files, _) => CSharpNames.LooseTypes.Select(t => t.TypeName).Where(name => SourceNames.Mentions(files, name)).ToEquatableArray());
        var catalog = spec.Combine(options).Combine(bundled).Combine(looseNamed).WithTrackingName(TrackingNames.Catalog);
        context.RegisterSourceOutput(catalog, static (spc, combined) =>
        {
            var (pair, looseTypes) = combined;
            var (model, options) = pair.Left;
            if (model is null || model.Models.IsEmpty)
            {
                return;
            }

            if (options.EmitsBundledContracts)
            {
                var (bundledHint, bundledSource) = BundledContractsEmitter.Emit(model);
                spc.AddSource(bundledHint, SourceText.From(bundledSource, Encoding.UTF8));
                return;
            }

            var (hintName, source) = CatalogEmitter.Emit(model, options, pair.Right.HoldsCatalog(model));
            spc.AddSource(hintName, SourceText.From(source, Encoding.UTF8));
            foreach (var (looseHint, looseSource) in LooseRequestEmitter.Emit(model, options, looseTypes))
            {
                spc.AddSource(looseHint, SourceText.From(looseSource, Encoding.UTF8));
            }
        });
    }

    internal static int ReadOrder(AnalyzerConfigOptions options)
        => options.TryGetValue(OrderMetadata, out var text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var order)
            ? order
            : DefaultOrder;
}
