using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Binding;
using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Emitting;

/// <summary>
/// Emits the string-typed requests for code that picks the model at run time. Their properties are the
/// union over all models; the catalog checks each call against the model actually named.
/// </summary>
internal static class LooseRequestEmitter
{
    private const string R = Code.Runtime;

    /// <param name="spec">The merged spec.</param>
    /// <param name="options">The MSBuild switches.</param>
    /// <param name="named">The loose type names the project's code mentions; only those are emitted, unless
    /// <see cref="GeneratorOptions.EmitsUnusedModels"/>.</param>
    public static IEnumerable<(string HintName, string Source)> Emit(SpecModel spec, GeneratorOptions options, EquatableArray<string> named)
    {
        foreach (var (endpointId, typeName) in CSharpNames.LooseTypes)
        {
            if (!options.EmitsUnusedModels && !named.Contains(typeName))
            {
                continue;
            }

            var kind = spec.EndpointKinds.FirstOrDefault(k => k.Id == endpointId);
            var serving = spec.Models.Where(m => m.Endpoints.Any(e => e.Kind.Id == endpointId)).ToList();
            if (kind is null || serving.Count == 0)
            {
                continue;
            }

            var properties = Union(serving, endpointId);
            // The summary names the models still in service; retired ones still validate (as retired).
            var cutoff = options.LifecycleCutoff(spec.AsOf);
            var live = serving.Where(m => !ModelEmitter.IsRetired(m, cutoff)).ToList();
            yield return ($"{typeName}.g.cs", GeneratedFile.Write(options, $"{typeName}: {kind.Path} for a model chosen at run time.", w => EmitType(w, kind, typeName, properties, live.Count > 0 ? live : serving, options)));
        }
    }

    private static List<RequestProperty> Union(List<ModelSpec> serving, string endpointId)
    {
        var byWire = new List<(string Wire, List<(ModelSpec Model, ParameterSpec Parameter)> Uses)>();
        foreach (var model in serving)
        {
            foreach (var p in model.Endpoints.First(e => e.Kind.Id == endpointId).Parameters)
            {
                var entry = byWire.FirstOrDefault(x => x.Wire == p.Wire);
                if (entry.Wire is null)
                {
                    entry = (p.Wire, new List<(ModelSpec, ParameterSpec)>());
                    byWire.Add(entry);
                }

                entry.Uses.Add((model, p));
            }
        }

        return byWire.Select(x => Property(x.Uses, serving.Count)).ToList();
    }

    private static RequestProperty Property(List<(ModelSpec Model, ParameterSpec Parameter)> uses, int modelCount)
    {
        var first = uses[0].Parameter;
        var anyList = uses.Any(u => u.Parameter.IsList);
        var required = uses.Count == modelCount && uses.All(u => u.Parameter.Required);
        var representative = anyList ? uses.First(u => u.Parameter.IsList).Parameter : first;
        var (type, conversion) = RequestProperty.WireType(first.Type, anyList, valueType: null, isFreeForm: false);

        var docs = new List<string>();
        if (first.Doc is not null)
        {
            docs.Add(Docs.FirstSentence(first.Doc));
        }

        // That Validate checks it against the model named is said once, on the type.
        if (!Docs.IsObviousWireName(first))
        {
            docs.Add($"Wire name: {first.Wire}.");
        }

        return new RequestProperty(representative, CSharpNames.PropertyName(representative), type, conversion, required, docs);
    }

    private static void EmitType(SourceWriter w, EndpointKindSpec kind, string typeName, List<RequestProperty> properties, List<ModelSpec> serving, GeneratorOptions options)
    {
        var isTool = kind.Body == "tool";
        var isMultipart = kind.Body == "multipart";
        var interfaceName = Code.RequestInterface(kind);
        var models = string.Join(", ", serving.Select(m => m.Id));
        w.Summary(isTool
            ? $"The Responses API <c>image_generation</c> tool with its image model chosen at run time ({models}). Validate checks the options against that model and the host model."
            : $"A <c>POST {kind.Path}</c> request whose model is chosen at run time ({models}). Validate checks every parameter against the model named.");
        w.Line(GeneratedFile.GeneratedCodeAttribute);
        w.Line($"{options.Accessibility} sealed partial record {typeName} : {interfaceName}");
        w.OpenBrace();
        RequestWriter.Constructor(w, typeName, properties);
        w.Line();
        var defaultModel = kind.DefaultModel is null ? string.Empty : $" When null, the API uses its default ({kind.DefaultModel}).";
        w.Summary((isTool ? "The image model." : "The model id, such as <c>gpt-image-1.5</c>.") + defaultModel);
        w.Line("public string? Model { get; init; }");
        RequestWriter.Properties(w, properties);
        w.Line();
        w.Summary("The model the request is for: <see cref=\"Model\"/>, or the API's default when it is not set.");
        w.Line($"string {(isTool ? $"{R}.IImageGenerationTool" : $"{R}.IImageRequest")}.Model => Model ?? {Code.String(kind.DefaultModel ?? string.Empty)};");
        RequestWriter.Contract(w, isTool, $"global::{options.Namespace}.ImageContract.Catalog.Find(Model ?? {Code.String(kind.DefaultModel ?? string.Empty)})");
        if (isTool)
        {
            RequestWriter.ValidateOverloads(w, isTool: true,
                $"global::{options.Namespace}.ImageContract.Validate(\"responses\", hostModel, ToParameters(), options)");
            RequestWriter.EstimateCost(w, $"global::{options.Namespace}.ImageContract.EstimateCost(\"responses\", null, ToParameters(), promptTokens)");
        }
        else
        {
            w.Line();
            w.Line(RequestWriter.InheritDoc);
            w.Line($"public {R}.ImageEndpoint Endpoint => {Code.EndpointMember(kind.Id)};");
            RequestWriter.ValidateOverloads(w, isTool: false,
                $"global::{options.Namespace}.ImageContract.Validate({Code.EndpointMember(kind.Id)}, Model, ToParameters(), options)");
            RequestWriter.EstimateCost(w, $"global::{options.Namespace}.ImageContract.EstimateCost({Code.EndpointMember(kind.Id)}, Model, ToParameters(), promptTokens)");
        }

        RequestWriter.ToParameters(w, properties, modelProperty: isTool ? "Model" : null);
        if (isMultipart)
        {
            RequestWriter.WriteMultipart(w, ", Model");
        }
        else
        {
            RequestWriter.WriteJson(w, isTool ? ", toolType: \"image_generation\"" : ", Model");
        }

        w.CloseBrace();
    }
}
