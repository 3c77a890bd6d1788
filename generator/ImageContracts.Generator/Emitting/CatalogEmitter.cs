using System;
using System.Linq;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Emitting;

/// <summary>Emits <c>ImageContract</c>: every model, the host-model policy and the dictionary entry points.</summary>
internal static class CatalogEmitter
{
    private const string R = Code.Runtime;

    /// <param name="spec">The merged spec.</param>
    /// <param name="options">The MSBuild switches.</param>
    /// <param name="bundled">True when the package's runtime already holds this exact catalog: refer to it.</param>
    public static (string HintName, string Source) Emit(SpecModel spec, GeneratorOptions options, bool bundled)
    {
        var text = GeneratedFile.Write(options, "ImageContract: the catalog of models and the dictionary entry points.", w =>
        {
            w.Summary($"Every model of the image spec (as of {spec.AsOf}), with validation and cost estimates for code that picks the model and parameters at run time.");
            w.Line(GeneratedFile.GeneratedCodeAttribute);
            w.Line($"{options.Accessibility} static partial class ImageContract");
            w.OpenBrace();
            w.Summary("The date the spec's facts were last checked.");
            w.Line($"public const string SpecAsOf = {Code.String(spec.AsOf)};");
            w.Line();
            w.Summary("Mainline models documented to host the Responses API <c>image_generation</c> tool." + (spec.HostModels.Note is null ? string.Empty : " " + Code.Xml(spec.HostModels.Note)));
            w.Line($"public static {R}.HostModelPolicy HostModels => Catalog.HostModels;");
            w.Line();
            w.Summary("The catalog behind the entry points below.");
            if (bundled)
            {
                w.Line($"public static {R}.ContractCatalog Catalog => {BundledContractsEmitter.TypeName}.Catalog;");
            }
            else
            {
                // Retired models' classes are [Obsolete] (IMG0010) for user code; the catalog lists them on purpose.
                w.Line("#pragma warning disable IMG0010");
                w.Line($"public static {R}.ContractCatalog Catalog {{ get; }} =");
                w.Lines(Initializer(spec, static m => m.TypeName + ".Contract"), ";");
                w.Line("#pragma warning restore IMG0010");
            }

            w.Line();
            w.Summary("Every model the spec describes, retired ones included (see each model's <c>Lifecycle</c>).");
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{R}.ModelContract> Models => Catalog.Models;");
            w.Line();
            w.Summary("Finds a model by id or alias, such as <c>gpt-image-2-2026-04-21</c>; null when the spec does not know it.");
            w.Line($"public static {R}.ModelContract? Find(string model) => Catalog.Find(model);");
            w.Line();
            w.Summary("Validates parameters given by wire name against a model's contract for an endpoint.");
            w.Line("/// <param name=\"endpoint\"><c>generations</c>, <c>edits</c>, <c>variations</c> or <c>responses</c>.</param>");
            w.Line("/// <param name=\"model\">The model id; for <c>responses</c>, the host (mainline) model, with the image model in <paramref name=\"parameters\"/>[\"model\"].</param>");
            w.Line("/// <param name=\"parameters\">Wire names to values as JSON would carry them; files as <c>byte[]</c> or a list of them.</param>");
            w.Line("/// <param name=\"options\">The clock and severities for lifecycle checks; default: the system clock, retired models as warnings.</param>");
            w.Line($"public static {R}.ValidationResult Validate(string endpoint, string? model, global::System.Collections.Generic.IReadOnlyDictionary<string, object?> parameters, {R}.ValidationOptions? options = null)");
            w.Line("    => Catalog.Validate(endpoint, model, parameters, options);");
            w.Line();
            w.Summary("Validates parameters given by wire name for an endpoint named by its enum value (no guess between the two edit forms).");
            w.Line("/// <param name=\"endpoint\">The endpoint.</param>");
            w.Line("/// <param name=\"model\">The model id; for <c>Responses</c>, the host (mainline) model, with the image model in <paramref name=\"parameters\"/>[\"model\"].</param>");
            w.Line("/// <param name=\"parameters\">Wire names to values as JSON would carry them; files as <c>byte[]</c> or a list of them.</param>");
            w.Line("/// <param name=\"options\">The clock and severities for lifecycle checks; default: the system clock, retired models as warnings.</param>");
            w.Line($"public static {R}.ValidationResult Validate({R}.ImageEndpoint endpoint, string? model, global::System.Collections.Generic.IReadOnlyDictionary<string, object?> parameters, {R}.ValidationOptions? options = null)");
            w.Line("    => Catalog.Validate(endpoint, model, parameters, options);");
            w.Line();
            w.Summary("Estimates the cost of a call given by wire names, with the same arguments as <c>Validate</c>.");
            w.Line("/// <param name=\"endpoint\"><c>generations</c>, <c>edits</c>, <c>variations</c> or <c>responses</c>.</param>");
            w.Line("/// <param name=\"model\">The model id (for <c>responses</c>, the host model; may be null there).</param>");
            w.Line("/// <param name=\"parameters\">Wire names to values.</param>");
            w.Line("/// <param name=\"promptTokens\">The prompt's exact token count, when known.</param>");
            w.Line($"public static {R}.CostEstimate EstimateCost(string endpoint, string? model, global::System.Collections.Generic.IReadOnlyDictionary<string, object?> parameters, int? promptTokens = null)");
            w.Line("    => Catalog.EstimateCost(endpoint, model, parameters, promptTokens);");
            w.Line();
            w.Summary("Estimates the cost of a call for an endpoint named by its enum value (no guess between the two edit forms).");
            w.Line("/// <param name=\"endpoint\">The endpoint.</param>");
            w.Line("/// <param name=\"model\">The model id (for <c>Responses</c>, the host model; may be null there).</param>");
            w.Line("/// <param name=\"parameters\">Wire names to values.</param>");
            w.Line("/// <param name=\"promptTokens\">The prompt's exact token count, when known.</param>");
            w.Line($"public static {R}.CostEstimate EstimateCost({R}.ImageEndpoint endpoint, string? model, global::System.Collections.Generic.IReadOnlyDictionary<string, object?> parameters, int? promptTokens = null)");
            w.Line("    => Catalog.EstimateCost(endpoint, model, parameters, promptTokens);");
            foreach (var body in new[] { "global::System.ReadOnlySpan<byte>", "global::System.ReadOnlyMemory<byte>", "byte[]", "global::System.Text.Json.JsonElement" })
            {
                var forward = body switch
                {
                    "global::System.ReadOnlyMemory<byte>" => "body.Span",
                    "byte[]" => "global::System.MemoryExtensions.AsSpan(body ?? throw new global::System.ArgumentNullException(nameof(body)))",
                    _ => "body",
                };
                w.Line();
                w.Summary("Validates and prices a raw JSON request body, for gateways and proxies: the model comes from the body's <c>model</c>; for <c>responses</c> the body is a Responses request with an <c>image_generation</c> tool.");
                w.Line("/// <param name=\"endpoint\"><c>generations</c>, <c>edits</c> (JSON form) or <c>responses</c>.</param>");
                w.Line("/// <param name=\"body\">The request body (UTF-8 JSON object).</param>");
                w.Line("/// <param name=\"options\">The clock, retired-model severity and unknown-model policy; default <c>ValidationOptions.Default</c>.</param>");
                w.Line($"public static {R}.RequestBodyReport ValidateJson(string endpoint, {body} body, {R}.ValidationOptions? options = null)");
                w.Line($"    => Catalog.ValidateJson(endpoint, {forward}, options);");
            }
            w.CloseBrace();
        });
        return ("ImageContract.g.cs", text);
    }

    /// <summary>
    /// The catalog as a C# expression written from column 0: every model (through <paramref name="modelReference"/>),
    /// the host-model policy, the endpoints and the batch discount.
    /// </summary>
    public static string Initializer(SpecModel spec, Func<ModelSpec, string> modelReference)
    {
        var w = new SourceWriter();
        w.Line($"new {R}.ContractCatalog(");
        w.Line($"    new {R}.ModelContract[]");
        w.Line("    {");
        foreach (var model in spec.Models)
        {
            w.Line($"        {modelReference(model)},");
        }

        w.Line("    },");
        w.Line($"    new {R}.HostModelPolicy");
        w.Line("    {");
        w.Line($"        Models = {Code.StringArray(spec.HostModels.Models)},");
        w.Line($"        Prefixes = {Code.StringArray(spec.HostModels.Prefixes)},");
        if (!spec.HostModels.Lifecycles.IsEmpty)
        {
            var lifecycles = new SourceWriter();
            lifecycles.Line($"Lifecycles = new global::System.Collections.Generic.Dictionary<string, {R}.ModelLifecycle>(global::System.StringComparer.Ordinal)");
            lifecycles.OpenBrace();
            foreach (var host in spec.HostModels.Lifecycles)
            {
                ContractEmitter.EmitLifecycle(lifecycles, $"[{Code.String(host.Id)}] = ", host.Lifecycle);
            }

            lifecycles.CloseBrace(",");
            foreach (var line in lifecycles.ToString().TrimEnd('\n').Split('\n'))
            {
                w.Line("        " + line);
            }
        }

        w.Line($"        ImageModelIds = {Code.StringArray(spec.Models.SelectMany(m => new[] { m.Id }.Concat(m.Aliases)))},");
        w.Line("    },");
        w.Line($"    new {R}.EndpointInfo[]");
        w.Line("    {");
        foreach (var kind in spec.EndpointKinds)
        {
            var gptDefault = kind.DefaultModelWithGptParameters is null ? string.Empty : $", DefaultModelWithGptParameters = {Code.String(kind.DefaultModelWithGptParameters)}";
            var defaultModel = kind.DefaultModel is null ? string.Empty : $", DefaultModel = {Code.String(kind.DefaultModel)}";
            var explicitModel = kind.ExplicitModel ? ", ExplicitModel = true" : string.Empty;
            w.Line($"        new() {{ Endpoint = {Code.EndpointMember(kind.Id)}, Name = {Code.String(kind.Name)}, Path = {Code.String(kind.Path)}{defaultModel}{gptDefault}{explicitModel} }},");
        }

        if (spec.Batch is { } batch)
        {
            w.Line("    })");
            w.OpenBrace();
            w.Line($"Batch = new {R}.BatchPricing {{ Discount = {Code.Decimal(batch.Discount)}, Confirmed = {Code.Bool(batch.Confirmed)}, Source = {Code.String(batch.Source)}, Note = {(batch.Note is null ? "null" : Code.String(batch.Note))} }},");
            w.CloseBrace();
        }
        else
        {
            w.Line("    })");
        }

        return w.ToString();
    }
}
