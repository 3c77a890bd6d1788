using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Binding;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Emitting;

/// <summary>
/// Emits one model: a static class with its contract, the value types holding exactly the values it
/// accepts, and one request type per endpoint it serves.
/// </summary>
internal static class ModelEmitter
{
    private const string R = Code.Runtime;

    /// <param name="model">The model.</param>
    /// <param name="lifecycleCutoff">The build's "today" (YYYY-MM-DD): a model shut down by then gets <c>[Obsolete]</c>.</param>
    /// <param name="options">The MSBuild switches.</param>
    /// <param name="bundled">True when the package's runtime already holds this exact contract.</param>
    /// <param name="named">True when the project's code names the model's class (see <see cref="SourceNames"/>).</param>
    public static IEnumerable<(string HintName, string Source)> Emit(ModelSpec model, string lifecycleCutoff, GeneratorOptions options, bool bundled, bool named)
    {
        var plan = new ValueTypePlan(model);
        var retired = IsRetired(model, lifecycleCutoff);

        // A shut-down model cannot be called: unless asked, it keeps only its id and contract (for the catalog). Nor does a
        // model the code never names need its requests compiled into every build.
        var requests = (!retired || options.EmitsRetiredRequests) && (named || options.EmitsUnusedModels);
        yield return ($"{model.TypeName}.g.cs", GeneratedFile.Write(options, $"{model.Id}: contract and values.", w => EmitModelClass(w, model, plan, retired, requests, options, bundled)));
        if (!requests)
        {
            yield break;
        }

        // A property documented word for word in an earlier request type of the model inherits that documentation.
        var documented = new Dictionary<(string Name, string Doc), string>();
        foreach (var endpoint in model.Endpoints)
        {
            var text = GeneratedFile.Write(options, $"{model.Id}: {endpoint.Kind.RequestType} for {endpoint.Kind.Path}.", w =>
            {
                w.Line($"{options.Accessibility} static partial class {model.TypeName}");
                w.OpenBrace();
                EmitRequest(w, model, endpoint, plan, options, documented);
                w.CloseBrace();
            });
            yield return ($"{model.TypeName}.{endpoint.Kind.RequestType}.g.cs", text);
        }
    }

    /// <summary>
    /// A confirmed shutdown on or before the build's cut-off. An UNCONFIRMED date never retires a model
    /// (the analyzer says it as information, IMG0013).
    /// </summary>
    public static bool IsRetired(ModelSpec model, string lifecycleCutoff)
        => model.Lifecycle.Confirmed && model.Lifecycle.StageOn(lifecycleCutoff) == LifecycleStage.Retired;

    private static void EmitModelClass(SourceWriter w, ModelSpec model, ValueTypePlan plan, bool retired, bool requests, GeneratorOptions options, bool bundled)
    {
        w.Line("/// <summary>");
        foreach (var line in Code.XmlLines($"{model.DisplayName} ({model.Id})" + (model.Doc is null ? "." : ": " + model.Doc)))
        {
            w.Line("/// " + line);
        }

        var lifecycle = Docs.Lifecycle(model.Lifecycle);
        if (lifecycle.Length > 0)
        {
            w.Line("/// <para>" + Code.Xml(lifecycle) + "</para>");
        }

        w.Line($"/// <para>Endpoints: {string.Join(", ", model.Endpoints.Select(e => e.Kind.Id))}.</para>");
        w.Line("/// </summary>");
        w.Line(GeneratedFile.GeneratedCodeAttribute);

        // The .NET convention for retired API: the compiler reports every use of the class.
        if (retired)
        {
            var message = model.Lifecycle.RetiredMessage(model.Id)
                + (options.EmitsRetiredRequests ? string.Empty : " Its request types are generated only with <ImageContractsEmitRetiredModels>true</ImageContractsEmitRetiredModels>.");
            w.Line($"[global::System.Obsolete({Code.String(message)}, DiagnosticId = \"IMG0010\", UrlFormat = {Code.String(Diagnostics.HelpLinks.For("IMG0010"))})]");
        }

        w.Line($"{options.Accessibility} static partial class {model.TypeName}");
        w.OpenBrace();
        ContractEmitter.Emit(w, model, bundled, endpointShortcuts: requests);
        foreach (var type in requests ? plan.Types : Enumerable.Empty<ValueTypePlan.ValueType>())
        {
            w.Line();
            if (type.IsFreeForm)
            {
                SizeStructEmitter.Emit(w, model, type, FreeFormContractPath(model, type));
            }
            else
            {
                EmitEnum(w, model, type);
            }
        }

        w.CloseBrace();
    }

    private static string FreeFormContractPath(ModelSpec model, ValueTypePlan.ValueType type)
    {
        var endpoint = model.Endpoints.First(e => e.Parameters.Any(p => p.Wire == type.Parameter.Wire && p.FreeForm is not null));
        return $"{ContractEmitter.ContractPropertyName(endpoint.Kind)}.FindParameter({Code.String(type.Parameter.Wire)})!.FreeFormSize!";
    }

    private static void EmitEnum(SourceWriter w, ModelSpec model, ValueTypePlan.ValueType type)
    {
        var p = type.Parameter;
        w.Summary($"The values of <c>{p.Wire}</c> that {model.Id} accepts.");
        w.Line($"public enum {type.Name}");
        w.OpenBrace();
        foreach (var value in p.Values)
        {
            w.Summary(ValueDoc(value));
            w.Line(value.MemberName + ",");
        }

        w.CloseBrace();
        w.Line();
        var texts = type.Name + "Texts";
        w.Line($"private static readonly string[] {texts} = {{ {string.Join(", ", p.Values.Select(v => Code.String(v.Value)))} }};");
        w.Line();
        w.Summary($"The wire text of a <see cref=\"{type.Name}\"/> value.");
        w.Line($"public static string ToWire({type.Name} value) => {R}.WireValue.Text({texts}, (int)value, {Code.String(p.Wire)}, Id);");
        w.Line();
        w.Summary($"Reads wire text such as <c>{Code.Xml(p.Values[0].Value)}</c>; false when {model.Id} does not accept it.");
        w.Line($"public static bool TryParse(string? text, out {type.Name} value) => {R}.WireValue.TryFind({texts}, text, out value);");
    }

    public static string ValueDoc(ValueSpec value)
    {
        var doc = $"<c>{Code.Xml(value.Value)}</c>";
        if (value.Status != "supported")
        {
            doc += $" ({value.Status})";
        }

        return value.Note is null ? doc : doc + ": " + Code.Xml(value.Note);
    }

    private static void EmitRequest(SourceWriter w, ModelSpec model, EndpointSpec endpoint, ValueTypePlan plan, GeneratorOptions options, Dictionary<(string Name, string Doc), string> documented)
    {
        var kind = endpoint.Kind;
        // The model's value types are siblings of the record: their simple names find them (a property named like its
        // type is fine, since a type position only looks at types).
        var properties = endpoint.Parameters
            .Select(p => RequestProperty.Typed(p, plan.TypeName(endpoint, p)))
            .ToList();
        var isTool = kind.Body == "tool";
        var isMultipart = kind.Body == "multipart";
        var contract = ContractEmitter.ContractPropertyName(kind);
        var interfaceName = Code.RequestInterface(kind);

        w.Line("/// <summary>");
        w.Line(isTool
            ? $"/// The Responses API <c>image_generation</c> tool with {model.Id}: only the options {model.Id} accepts exist."
            : $"/// A <c>POST {kind.Path}</c> request for {model.Id}, with the parameters it accepts; unset ones are not sent.");
        if (!endpoint.Confirmed)
        {
            w.Line($"/// <para>UNCONFIRMED: {Code.Xml(endpoint.Note ?? "no source settles whether this model serves this endpoint")}; validation warns.</para>");
        }
        else if (endpoint.Note is not null)
        {
            w.Line($"/// <para>{Code.Xml(endpoint.Note)}</para>");
        }

        w.Line("/// </summary>");
        w.Line($"public sealed partial record {kind.RequestType} : {interfaceName}");
        w.OpenBrace();
        RequestWriter.Constructor(w, kind.RequestType, properties);
        RequestWriter.Properties(w, properties, kind.RequestType, documented);
        w.Line();
        w.Line(RequestWriter.InheritDoc);
        w.Line("public string Model => Id;");
        if (isTool)
        {
            RequestWriter.ValidateOverloads(w, isTool: true,
                $"{R}.ContractValidator.Validate({contract}, ToParameters(), Contract.Lifecycle, hostModel, global::{options.Namespace}.ImageContract.HostModels, options)");
        }
        else
        {
            w.Line();
            w.Line(RequestWriter.InheritDoc);
            w.Line($"public {R}.ImageEndpoint Endpoint => {Code.EndpointMember(kind.Id)};");
            RequestWriter.ValidateOverloads(w, isTool: false,
                $"{R}.ContractValidator.Validate({contract}, ToParameters(), Contract.Lifecycle, options: options)");
        }

        RequestWriter.Contract(w, isTool, "Contract");
        RequestWriter.EstimateCost(w, $"{R}.CostCalculator.Estimate(Contract, {contract}, ToParameters(), promptTokens)");
        RequestWriter.ToParameters(w, properties, modelProperty: null);
        if (isMultipart)
        {
            RequestWriter.WriteMultipart(w, ", Id");
        }
        else
        {
            RequestWriter.WriteJson(w, isTool ? ", Id, \"image_generation\"" : ", Id");
        }

        w.CloseBrace();
    }
}
