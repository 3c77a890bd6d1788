using System.Linq;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Emitting;

/// <summary>
/// Emits a model's <c>Contract</c>: the spec's facts as runtime data, read by the validator and the
/// cost calculator. Only non-default members are written, so each initializer reads like the YAML.
/// </summary>
internal static class ContractEmitter
{
    private const string R = Code.Runtime;

    /// <param name="w">The writer, inside the model's class.</param>
    /// <param name="model">The model.</param>
    /// <param name="bundled">True when the package's runtime already holds this exact contract: refer to it.</param>
    /// <param name="endpointShortcuts">Whether to add <c>GenerationsContract</c> and the like, which requests use.</param>
    public static void Emit(SourceWriter w, ModelSpec model, bool bundled, bool endpointShortcuts)
    {
        w.Summary($"The wire id of {Code.Xml(model.DisplayName)}.");
        w.Line($"public const string Id = {Code.String(model.Id)};");
        w.Line();
        w.Summary($"Everything the spec records about {model.Id}: endpoints, parameters, rules, lifecycle and prices.");
        if (bundled)
        {
            w.Line($"public static {R}.ModelContract Contract => {BundledContractsEmitter.TypeName}.{model.TypeName};");
        }
        else
        {
            w.Line($"public static {R}.ModelContract Contract {{ get; }} =");
            w.Lines(Initializer(model), ";");
        }

        for (var i = 0; endpointShortcuts && i < model.Endpoints.Count; i++)
        {
            var endpoint = model.Endpoints[i];
            w.Line();
            w.Summary($"What {model.Id} accepts on {endpoint.Kind.Path} ({endpoint.Kind.Body}).");
            w.Line($"public static {R}.EndpointContract {ContractPropertyName(endpoint.Kind)} => Contract.Endpoints[{i}];");
        }
    }

    /// <summary>
    /// The contract as a C# expression (<c>new ModelContract { ... }</c>) written from column 0, so its text, and
    /// therefore its <see cref="Fingerprint"/>, does not depend on where it is emitted.
    /// </summary>
    public static string Initializer(ModelSpec model)
    {
        var w = new SourceWriter();
        w.Line($"new {R}.ModelContract");
        w.OpenBrace();
        w.Line($"Id = {Code.String(model.Id)},");
        w.Line($"TypeName = {Code.String(model.TypeName)},");
        w.Line($"DisplayName = {Code.String(model.DisplayName)},");
        w.Line($"Family = {Code.String(model.Family)},");
        Optional(w, "Description", model.Doc);
        if (!model.Aliases.IsEmpty)
        {
            w.Line($"Aliases = {Code.StringArray(model.Aliases)},");
        }

        EmitLifecycle(w, "Lifecycle = ", model.Lifecycle);
        w.Line($"Endpoints = new {R}.EndpointContract[]");
        w.OpenBrace();
        foreach (var endpoint in model.Endpoints)
        {
            EmitEndpoint(w, model, endpoint);
        }

        w.CloseBrace(",");
        if (model.Pricing is { } pricing)
        {
            PricingEmitter.Emit(w, pricing);
        }

        w.CloseBrace();
        return w.ToString();
    }

    /// <summary>The name of the per-endpoint shortcut, e.g. <c>GenerationsContract</c>.</summary>
    public static string ContractPropertyName(EndpointKindSpec kind) => Helpers.Naming.PascalCase(kind.Id) + "Contract";

    /// <summary>Writes <c>{target}new ModelLifecycle { ... },</c>: a property or a dictionary entry.</summary>
    public static void EmitLifecycle(SourceWriter w, string target, LifecycleSpec lifecycle)
    {
        w.Line($"{target}new {R}.ModelLifecycle");
        w.OpenBrace();
        if (lifecycle.Released is not null)
        {
            w.Line($"Released = {Code.Date(lifecycle.Released)},");
        }

        if (lifecycle.Deprecated is not null)
        {
            w.Line($"Deprecated = {Code.Date(lifecycle.Deprecated)},");
        }

        if (lifecycle.Shutdown is not null)
        {
            w.Line($"Shutdown = {Code.Date(lifecycle.Shutdown)},");
        }

        if (!lifecycle.Replacements.IsEmpty)
        {
            w.Line($"Replacements = {Code.StringArray(lifecycle.Replacements)},");
        }

        if (!lifecycle.Confirmed)
        {
            w.Line("Confirmed = false,");
        }

        Optional(w, "Note", lifecycle.Note);
        Optional(w, "Source", lifecycle.Source);
        w.CloseBrace(",");
    }

    private static void EmitEndpoint(SourceWriter w, ModelSpec model, EndpointSpec endpoint)
    {
        w.Line("new()");
        w.OpenBrace();
        w.Line($"Endpoint = {Code.EndpointMember(endpoint.Kind.Id)},");
        w.Line($"Model = {Code.String(model.Id)},");
        w.Line($"Path = {Code.String(endpoint.Kind.Path)},");
        w.Line($"Body = {R}.RequestBody.{Helpers.Naming.PascalCase(endpoint.Kind.Body)},");
        if (!endpoint.Confirmed)
        {
            w.Line("Confirmed = false,");
        }

        Optional(w, "Note", endpoint.Note);
        Optional(w, "Source", endpoint.Source);
        w.Line($"Parameters = new {R}.ParameterContract[]");
        w.OpenBrace();
        foreach (var parameter in endpoint.Parameters)
        {
            EmitParameter(w, parameter);
        }

        w.CloseBrace(",");
        if (!endpoint.Rejects.IsEmpty)
        {
            w.Line($"Rejected = new {R}.RejectedParameter[]");
            w.OpenBrace();
            foreach (var reject in endpoint.Rejects)
            {
                var reason = reject.Reason is null ? string.Empty : $", Reason = {Code.String(reject.Reason)}";
                w.Line($"new() {{ WireName = {Code.String(reject.Wire)}, Code = {Code.String(reject.Code)}{reason}, Source = {Code.String(reject.Source)} }},");
            }

            w.CloseBrace(",");
        }

        if (!endpoint.Rules.IsEmpty)
        {
            w.Line($"Rules = new {R}.RuleContract[]");
            w.OpenBrace();
            foreach (var rule in endpoint.Rules)
            {
                RuleEmitter.Emit(w, rule);
            }

            w.CloseBrace(",");
        }

        w.CloseBrace(",");
    }

    private static void EmitParameter(SourceWriter w, ParameterSpec p)
    {
        w.Line("new()");
        w.OpenBrace();
        w.Line($"WireName = {Code.String(p.Wire)},");
        w.Line($"Name = {Code.String(p.Name)},");
        w.Line($"Kind = {R}.ParameterKind.{KindMember(p.Type)},");
        if (p.Required)
        {
            w.Line("Required = true,");
        }

        if (p.Default is not null)
        {
            w.Line($"Default = {DefaultLiteral(p)},");
        }

        if (!p.Values.IsEmpty)
        {
            w.Line($"Values = new {R}.AllowedValue[]");
            w.OpenBrace();
            foreach (var value in p.Values)
            {
                var extra = value.Status == "supported" ? string.Empty : $", Status = {R}.ValueStatus.{Helpers.Naming.PascalCase(value.Status)}";
                extra += value.Note is null ? string.Empty : $", Note = {Code.String(value.Note)}";
                extra += value.Source is null ? string.Empty : $", Source = {Code.String(value.Source)}";
                w.Line($"new() {{ Value = {Code.String(value.Value)}{extra} }},");
            }

            w.CloseBrace(",");
        }

        if (p.Minimum is not null)
        {
            w.Line($"Minimum = {Code.Long(p.Minimum.Value)},");
        }

        if (p.Maximum is not null)
        {
            w.Line($"Maximum = {Code.Long(p.Maximum.Value)},");
        }

        if (p.MinLength is not null)
        {
            w.Line($"MinLength = {Code.Long(p.MinLength.Value)},");
        }

        if (p.MaxLength is not null)
        {
            w.Line($"MaxLength = {Code.Long(p.MaxLength.Value)},");
        }

        if (p.FreeForm is { } free)
        {
            w.Line($"FreeFormSize = new {R}.FreeFormSizeContract");
            w.OpenBrace();
            w.Line($"MultipleOf = {free.MultipleOf},");
            w.Line($"MaxEdge = {free.MaxEdge},");
            w.Line($"MaxAspectRatio = {Code.Double(free.MaxAspectRatio)},");
            w.Line($"MinPixels = {Code.Long(free.MinPixels)},");
            w.Line($"MaxPixels = {Code.Long(free.MaxPixels)},");
            if (free.ExperimentalAbovePixels is not null)
            {
                w.Line($"ExperimentalAbovePixels = {Code.Long(free.ExperimentalAbovePixels.Value)},");
            }

            if (!free.Confirmed)
            {
                w.Line("Confirmed = false,");
            }

            w.CloseBrace(",");
        }

        if (p.File is { } file)
        {
            var formats = string.Join(", ", file.Formats.Select(f => $"{R}.ImageFormat.{Helpers.Naming.PascalCase(f)}"));
            w.Line($"File = new {R}.FileContract");
            w.OpenBrace();
            w.Line($"Formats = new {R}.ImageFormat[] {{ {formats} }},");
            if (file.MaxBytes is long maxBytes)
            {
                w.Line($"MaxBytes = {Code.Long(maxBytes)},");
            }

            w.Line($"MaxCount = {file.MaxCount},");
            if (file.Square)
            {
                w.Line("RequireSquare = true,");
            }

            if (file.Alpha)
            {
                w.Line("RequireAlpha = true,");
            }

            if (file.Dimensions is { } dimensions)
            {
                w.Line($"MaxEdge = {dimensions.MaxEdge},");
                if (!dimensions.Confirmed)
                {
                    w.Line("MaxEdgeConfirmed = false,");
                }
            }

            w.CloseBrace(",");
        }

        if (!p.Confirmed)
        {
            w.Line("Confirmed = false,");
        }

        Optional(w, "Note", p.Note);
        Optional(w, "Description", p.Doc);
        Optional(w, "Source", p.Source);
        w.CloseBrace(",");
    }

    public static string KindMember(string type) => type switch
    {
        ParameterTypes.ImageRef => "ImageReference",
        ParameterTypes.ImageRefs => "ImageReferences",
        ParameterTypes.MaskRef => "MaskReference",
        _ => Helpers.Naming.PascalCase(type),
    };

    private static string DefaultLiteral(ParameterSpec p) => p.Type switch
    {
        ParameterTypes.Integer => p.Default!,
        ParameterTypes.Boolean => p.Default!,
        _ => Code.String(p.Default),
    };

    internal static void Optional(SourceWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.Line($"{name} = {Code.String(value)},");
        }
    }
}
