using System.Collections.Generic;
using System.Linq;

namespace ImageContracts.Generator.Emitting;

/// <summary>
/// Writes the members every request record shares: constructor, properties, the parameter dictionary
/// and the wire serialisation (JSON or multipart). Typed and loose requests differ only in their
/// property types and in how they validate.
/// </summary>
internal static class RequestWriter
{
    private const string R = Code.Runtime;

    /// <summary>
    /// Writes <c>Validate(options = null)</c> (<c>Validate(hostModel, options = null)</c> for a tool), whose body is
    /// <paramref name="validateWithOptions"/>: one method serves both interface members (the interface forwards the
    /// overload without options), and null options mean the defaults.
    /// </summary>
    public static void ValidateOverloads(SourceWriter w, bool isTool, string validateWithOptions)
    {
        w.Line();
        w.Line(InheritDoc);
        w.Line(isTool
            ? $"public {R}.ValidationResult Validate(string hostModel, {R}.ValidationOptions? options = null)"
            : $"public {R}.ValidationResult Validate({R}.ValidationOptions? options = null)");
        w.Line("    => " + validateWithOptions + ";");
    }

    /// <summary>Members that implement a documented interface member say so rather than repeat it.</summary>
    public const string InheritDoc = "/// <inheritdoc/>";

    /// <summary>Writes <c>EstimateCost</c> (an interface member) with <paramref name="body"/>.</summary>
    public static void EstimateCost(SourceWriter w, string body)
    {
        w.Line();
        w.Line(InheritDoc);
        w.Line($"public {R}.CostEstimate EstimateCost(int? promptTokens = null)");
        w.Line("    => " + body + ";");
    }

    /// <summary>Writes the interface's <c>Contract</c>, explicitly: inside a model's request the model class's static
    /// <c>Contract</c> keeps its simple name (and an explicit implementation needs no documentation).</summary>
    public static void Contract(SourceWriter w, bool isTool, string expression)
    {
        w.Line();
        w.Line($"{R}.ModelContract? {(isTool ? R + ".IImageGenerationTool" : R + ".IImageRequest")}.Contract => {expression};");
    }

    public static void Constructor(SourceWriter w, string typeName, IReadOnlyList<RequestProperty> properties)
    {
        var required = RequestProperty.ConstructorOrder(properties).ToList();
        w.Summary(required.Count == 0 ? "Creates the request; set optional parameters with object initializers." : "Creates the request with its required parameters.");
        foreach (var p in required)
        {
            w.Line($"/// <param name=\"{p.ArgumentName.TrimStart('@')}\">{Code.Xml(p.Parameter.Doc is { } doc ? Docs.FirstSentence(doc) : p.Wire)}</param>");
        }

        w.Line($"public {typeName}({string.Join(", ", required.Select(p => $"{p.ArgumentType} {p.ArgumentName}"))})");
        w.OpenBrace();
        foreach (var p in required)
        {
            w.Line($"{p.Name} = {p.ArgumentName} ?? throw new global::System.ArgumentNullException(nameof({p.ArgumentName.TrimStart('@')}));");
        }

        w.CloseBrace();
    }

    /// <summary>
    /// Writes the properties with their documentation. <paramref name="documentedIn"/>, when given, is the model's
    /// earlier request types by property name and documentation text: a property documented there word for word
    /// inherits it (<c>inheritdoc cref</c>) instead of repeating it, and the ones documented here are added.
    /// </summary>
    public static void Properties(SourceWriter w, IReadOnlyList<RequestProperty> properties, string? typeName = null, Dictionary<(string Name, string Doc), string>? documentedIn = null)
    {
        foreach (var p in properties)
        {
            w.Line();
            var doc = Code.Xml(string.Join(" ", p.DocLines));
            if (documentedIn is not null && typeName is not null && documentedIn.TryGetValue((p.Name, doc), out var earlier))
            {
                w.Line($"/// <inheritdoc cref=\"{earlier}.{p.Name}\"/>");
            }
            else
            {
                w.Summary(doc);
                if (documentedIn is not null && typeName is not null)
                {
                    documentedIn[(p.Name, doc)] = typeName;
                }
            }

            w.Line($"public {p.PropertyType} {p.Name} {{ get; init; }}" + (p.IsList && !p.Required ? $" = global::System.Array.Empty<{ElementType(p)}>();" : string.Empty));
        }
    }

    /// <summary>The set parameters by wire name, in wire order, that the validator, the cost calculator and the body writer read.</summary>
    public static void ToParameters(SourceWriter w, IReadOnlyList<RequestProperty> properties, string? modelProperty)
    {
        w.Line();
        w.Line(InheritDoc);
        w.Line("public global::System.Collections.Generic.IReadOnlyDictionary<string, object?> ToParameters()");
        var calls = new List<string> { $"    => new {R}.RequestParameters()" };
        if (modelProperty is not null)
        {
            calls.Add($".Optional(\"model\", {modelProperty})");
        }

        foreach (var p in properties)
        {
            var wire = Code.String(p.Wire);
            calls.Add(p.Required
                ? $".Required({wire}, {p.ParameterValue(p.Name)})"
                : p.Conversion switch
                {
                    WireConversion.Enum => $".Optional({wire}, {p.Name}, ToWire)",
                    WireConversion.SizeStruct => $".Optional({wire}, {p.Name}?.ToString())",
                    _ => $".Optional({wire}, {p.Name})",
                });
        }

        // The chain ends where the last parameter does; with none at all, it is just the empty set.
        for (var i = 0; i < calls.Count; i++)
        {
            w.Line((i == 0 ? string.Empty : "        ") + calls[i] + (i == calls.Count - 1 ? ";" : string.Empty));
        }
    }

    /// <summary>Writes <c>WriteJson</c>, which hands <c>ToParameters()</c> to the runtime's one body writer.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="extraArguments">What follows the parameters: the model and the tool type, as C# arguments.</param>
    public static void WriteJson(SourceWriter w, string extraArguments)
    {
        w.Line();
        w.Line(InheritDoc);
        w.Line("public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)");
        w.Line($"    => {R}.RequestBodyWriter.WriteJson(writer, ToParameters(){extraArguments});");
    }

    /// <summary>Writes <c>WriteMultipart</c>, which hands <c>ToParameters()</c> to the runtime's one form writer.</summary>
    public static void WriteMultipart(SourceWriter w, string extraArguments)
    {
        w.Line();
        w.Line(InheritDoc);
        w.Line($"public void WriteMultipart({R}.MultipartWriter writer)");
        w.Line($"    => {R}.RequestBodyWriter.WriteMultipart(writer, ToParameters(){extraArguments});");
    }

    private static string ElementType(RequestProperty p)
        => p.Conversion == WireConversion.FileList ? $"{R}.ImageFile" : $"{R}.ImageReference";
}
