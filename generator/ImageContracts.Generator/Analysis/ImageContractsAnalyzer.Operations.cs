using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageContracts.Generator.Analysis;

// The per-operation checks: request creations, with expressions, catalog calls and tool host models, each resolved
// to a model and endpoint of the spec and handed to ConstantChecker.
public sealed partial class ImageContractsAnalyzer
{
    private static void AnalyzeCreation(OperationAnalysisContext context, RequestIndex index, string cutoff)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (index.FindSize(creation.Type) is { } size)
        {
            CheckSizeConstructor(context, creation, size.Model, size.Parameter);
            return;
        }

        if (index.Find(creation.Type) is not { } target)
        {
            return;
        }

        var values = ValueCollector.FromCreation(creation, target, index);
        if (SentByStreamingMethod(creation) && !values.ContainsKey(StreamParameter))
        {
            values[StreamParameter] = new AssignedValue(StreamParameter, creation, creation, isKnown: true, constant: true, isPresent: true, isImplied: true);
        }

        if (target.Model is { } model)
        {
            // A confirmed retirement is on the class as [Obsolete] (IMG0010 from the compiler at every use).
            ReportLifecycle(context, model.Id, model.Lifecycle, TypeLocation(creation), cutoff, obsoleteCovers: true);
            new ConstantChecker(model, target.Endpoint!, values, target, index, partial: false, context.ReportDiagnostic).CheckAll();
            return;
        }

        if (ResolveLooseModel(context, target, values, index, cutoff) is { } resolved)
        {
            new ConstantChecker(resolved.Model, resolved.Endpoint, values, target, index, partial: false, context.ReportDiagnostic).CheckAll();
        }
    }

    private const string StreamParameter = "stream";

    /// <summary>True when the request is created as the argument of an <c>ImagesClient</c> streaming method, which sends
    /// <c>stream: true</c> itself: partial images then need no <c>Stream = true</c>, and a GIF request is refused.</summary>
    private static bool SentByStreamingMethod(IObjectCreationOperation creation)
    {
        IOperation? parent = creation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IInvocationOperation call }
            && call.TargetMethod.Name.EndsWith("StreamingAsync", StringComparison.Ordinal)
            && call.TargetMethod.ContainingType is { Name: "ImagesClient", ContainingNamespace: { Name: "Http", ContainingNamespace.Name: "ImageContracts" } };
    }

    private static void AnalyzeWith(OperationAnalysisContext context, RequestIndex index)
    {
        var with = (IWithOperation)context.Operation;
        if (index.Find(with.Type) is not { } target)
        {
            return;
        }

        var values = ValueCollector.FromInitializer(with.Initializer, target, index);
        if (target.Model is { } model)
        {
            new ConstantChecker(model, target.Endpoint!, values, target, index, partial: true, context.ReportDiagnostic).CheckAll();
        }
        else if (ResolveLooseModel(context, target, values, index, cutoff: null) is { } resolved)
        {
            new ConstantChecker(resolved.Model, resolved.Endpoint, values, target, index, partial: true, context.ReportDiagnostic).CheckAll();
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, RequestIndex index, string cutoff)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (index.IsCatalog(method.ContainingType) && method.Name is "Validate" or "EstimateCost" && invocation.Arguments.Length >= 3)
        {
            AnalyzeCatalogCall(context, invocation, index, cutoff);
            return;
        }

        // tool.Validate("gpt-4.1"): the host model.
        if (method.Name == "Validate" && invocation.Arguments.Length is 1 or 2 && index.Find(method.ContainingType) is { IsTool: true }
            && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string host })
        {
            CheckHost(context, index, host, invocation.Arguments[0].Syntax.GetLocation(), cutoff);
        }
    }

    private static void AnalyzeCatalogCall(OperationAnalysisContext context, IInvocationOperation invocation, RequestIndex index, string cutoff)
    {
        if (invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string endpointName}
            || ValueCollector.FromDictionary(invocation.Arguments[2].Value, index) is not { } values)
        {
            return;
        }

        var modelArgument = invocation.Arguments[1].Value.ConstantValue;
        var kinds = index.Spec.EndpointKinds.Where(k => string.Equals(k.Name, endpointName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (kinds.Count == 0)
        {
            return;
        }

        // Two forms under one name (edits): chosen as the runtime chooses, or not judged when that needs a run-time value.
        var json = kinds.Count == 1 ? false
            : EditForm.IsJson(values.ContainsKey("image"), values.ContainsKey("images"), AnyReference(values.Values));
        if (json is null)
        {
            return;
        }

        var kind = kinds.Count == 1 ? kinds[0] : kinds.FirstOrDefault(k => (k.Id == EndpointIds.Of(ImageEndpoint.JsonEdits)) == json) ?? kinds[0];
        string? modelId;
        Location modelLocation;
        if (kind.Body == "tool")
        {
            if (modelArgument is { HasValue: true, Value: string host })
            {
                CheckHost(context, index, host, invocation.Arguments[1].Syntax.GetLocation(), cutoff);
            }

            values.TryGetValue("model", out var toolModel);
            modelId = toolModel is null ? DefaultModel(index, kind, values.Keys) : toolModel.IsKnown ? toolModel.Constant as string : null;
            modelLocation = toolModel?.Location ?? invocation.Arguments[2].Syntax.GetLocation();
            values.Remove("type");
        }
        else
        {
            // A null model is the API's default for the endpoint, chosen as the runtime chooses it.
            modelId = modelArgument is { HasValue: true, Value: string id } ? id
                : modelArgument is { HasValue: true, Value: null } ? DefaultModel(index, kind, values.Keys)
                : null;
            modelLocation = invocation.Arguments[1].Syntax.GetLocation();
        }

        values.Remove("model");
        if (modelId is null)
        {
            return;
        }

        if (Resolve(context, index, kind, modelId, modelLocation) is { } resolved)
        {
            ReportLifecycle(context, resolved.Model.Id, resolved.Model.Lifecycle, modelLocation, cutoff, obsoleteCovers: false);
            new ConstantChecker(resolved.Model, resolved.Endpoint, values, null, index, partial: false, context.ReportDiagnostic).CheckAll();
        }
    }

    /// <summary>The model the API uses for a call that names none, by the rule the runtime catalog applies to the same keys.</summary>
    private static string? DefaultModel(RequestIndex index, EndpointKindSpec kind, IEnumerable<string> given)
    {
        var plain = kind.DefaultModel is { } id ? index.FindModel(id)?.Endpoints.FirstOrDefault(e => e.Kind.Id == kind.Id) : null;
        return DefaultModelChoice.For(kind.DefaultModel, kind.DefaultModelWithGptParameters, given,
            plain is null ? null : wire => plain.Parameters.Any(p => p.Wire == wire),
            wire => index.Spec.Models.Any(m => m.Family == "gpt-image" && m.Endpoints.Any(e => e.Kind.Id == kind.Id && e.Parameters.Any(p => p.Wire == wire))));
    }

    /// <summary>A loose request's model comes from its constant <c>Model</c>; without one nothing can be judged.</summary>
    private static (ModelSpec Model, EndpointSpec Endpoint)? ResolveLooseModel(OperationAnalysisContext context, RequestTarget target, Dictionary<string, AssignedValue> values, RequestIndex index, string? cutoff)
    {
        if (!values.TryGetValue("model", out var model) || !model.IsKnown || model.Constant is not string id)
        {
            return null;
        }

        var resolved = Resolve(context, index, target.Kind, id, model.Location);
        if (resolved is { } found && cutoff is not null)
        {
            ReportLifecycle(context, found.Model.Id, found.Model.Lifecycle, model.Location, cutoff, obsoleteCovers: false);
        }

        return resolved;
    }

    private static (ModelSpec Model, EndpointSpec Endpoint)? Resolve(OperationAnalysisContext context, RequestIndex index, EndpointKindSpec kind, string modelId, Location at)
    {
        var model = index.FindModel(modelId);
        var serving = index.Spec.Models.Where(m => m.Endpoints.Any(e => e.Kind.Id == kind.Id)).Select(m => m.Id).ToList();
        if (model is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(AnalyzerDiagnostics.UnknownModel, at, modelId, kind.Name, string.Join(", ", serving)));
            return null;
        }

        var endpoint = model.Endpoints.FirstOrDefault(e => e.Kind.Id == kind.Id);
        if (endpoint is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(AnalyzerDiagnostics.EndpointNotServed, at, model.Id, kind.Name, string.Join(", ", serving)));
            return null;
        }

        return (model, endpoint);
    }

    private static void CheckHost(OperationAnalysisContext context, RequestIndex index, string host, Location at, string cutoff)
    {
        if (index.FindModel(host) is { } imageModel)
        {
            var examples = index.Spec.HostModels.Models.Take(3).ToList();
            context.ReportDiagnostic(Diagnostic.Create(AnalyzerDiagnostics.HostNotSupported, at, host,
                $"{imageModel.Id} is an image model; the host must be a mainline model such as {string.Join(", ", examples)}"));
            return;
        }

        foreach (var entry in index.Spec.HostModels.Lifecycles)
        {
            if (entry.Id == host)
            {
                ReportLifecycle(context, host, entry.Lifecycle, at, cutoff, obsoleteCovers: false);
            }
        }
    }

    /// <summary>Whether some value is an image reference (which picks the JSON edit form): false when every value's
    /// static type rules it out (constants, bytes, streams, files), null when a value could be one.</summary>
    private static bool? AnyReference(IEnumerable<AssignedValue> values)
    {
        bool? any = false;
        foreach (var value in values)
        {
            var operation = value.Value;
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            if (operation.Type is INamedTypeSymbol { Name: "ImageReference" })
            {
                return true;
            }

            if (!value.IsKnown && !RulesOutReference(operation.Type))
            {
                any = null;
            }
        }

        return any;
    }

    private static bool RulesOutReference(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } => true,
        { SpecialType: not SpecialType.None and not SpecialType.System_Object } => true,
        INamedTypeSymbol { Name: "ImageFile" or "Stream" or "FileStream" or "MemoryStream" } => true,
        _ => false,
    };

    private static void CheckSizeConstructor(OperationAnalysisContext context, IObjectCreationOperation creation, ModelSpec model, ParameterSpec parameter)
    {
        if (parameter.FreeForm is not { } free || creation.Arguments.Length != 2
            || creation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: int width }
            || creation.Arguments[1].Value.ConstantValue is not { HasValue: true, Value: int height })
        {
            return;
        }

        var problems = free.Problems(width, height);
        if (problems.Count > 0)
        {
            // The fix: the same constructor, spelled as the user spelled it, with the nearest valid size.
            var properties = NearestValue.NearestSize(width, height, parameter.Values.Select(v => v.Value).ToList(), free) is { } nearest && SizeText.TryParse(nearest, out var w, out var h)
                ? ImmutableDictionary<string, string?>.Empty.Add(FixProperties.ReplaceWith, creation.Syntax is ObjectCreationExpressionSyntax named ? $"new {named.Type}({w}, {h})" : $"new({w}, {h})")
                : null;
            context.ReportDiagnostic(Diagnostic.Create(AnalyzerDiagnostics.InvalidSize, creation.Syntax.GetLocation(), properties, model.Id, $"{width}x{height}", string.Join("; ", problems)));
        }
    }
}
