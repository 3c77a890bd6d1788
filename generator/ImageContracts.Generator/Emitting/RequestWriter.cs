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
    /// Writes <c>Validate()</c> (or <c>Validate(string hostModel)</c> for a tool) over the default options, and the
    /// overload taking <c>ValidationOptions</c> whose body is <paramref name="validateWithOptions"/>.
    /// </summary>
    public static void ValidateOverloads(SourceWriter w, bool isTool, string summary, string validateWithOptions)
    {
        w.Line();
        w.Summary(summary);
        if (isTool)
        {
            w.Line("/// <param name=\"hostModel\">The Responses API <c>model</c> that will call the tool, such as <c>gpt-4.1</c>.</param>");
            w.Line($"public {R}.ValidationResult Validate(string hostModel) => Validate(hostModel, {R}.ValidationOptions.Default);");
            w.Line();
            w.Summary("Checks the tool and its host with a given clock and retired-model severity.");
            w.Line("/// <param name=\"hostModel\">The Responses API <c>model</c> that will call the tool.</param>");
        }
        else
        {
            w.Line($"public {R}.ValidationResult Validate() => Validate({R}.ValidationOptions.Default);");
            w.Line();
            w.Summary("Checks the request with a given clock and retired-model severity.");
        }

        w.Line("/// <param name=\"options\">The clock and severities for lifecycle checks.</param>");
        w.Line(isTool
            ? $"public {R}.ValidationResult Validate(string hostModel, {R}.ValidationOptions options)"
            : $"public {R}.ValidationResult Validate({R}.ValidationOptions options)");
        w.Line("    => " + validateWithOptions + ";");
    }

    public static void Constructor(SourceWriter w, string typeName, IReadOnlyList<RequestProperty> properties)
    {
        var required = RequestProperty.ConstructorOrder(properties).ToList();
        w.Summary(required.Count == 0 ? "Creates the request; set optional parameters with object initializers." : "Creates the request with the parameters the API requires.");
        foreach (var p in required)
        {
            w.Line($"/// <param name=\"{p.ArgumentName.TrimStart('@')}\">{Code.Xml(p.Parameter.Doc ?? p.Wire)}</param>");
        }

        w.Line($"public {typeName}({string.Join(", ", required.Select(p => $"{p.ArgumentType} {p.ArgumentName}"))})");
        w.OpenBrace();
        foreach (var p in required)
        {
            w.Line($"{p.Name} = {p.ArgumentName} ?? throw new global::System.ArgumentNullException(nameof({p.ArgumentName.TrimStart('@')}));");
        }

        w.CloseBrace();
    }

    public static void Properties(SourceWriter w, IReadOnlyList<RequestProperty> properties)
    {
        foreach (var p in properties)
        {
            w.Line();
            w.Summary(Code.Xml(string.Join("\n", p.DocLines)));
            w.Line($"public {p.PropertyType} {p.Name} {{ get; init; }}" + (p.IsList && !p.Required ? $" = global::System.Array.Empty<{ElementType(p)}>();" : string.Empty));
        }
    }

    /// <summary>The dictionary of set parameters, keyed by wire name, that the validator and cost calculator read.</summary>
    public static void ToParameters(SourceWriter w, IReadOnlyList<RequestProperty> properties, string? modelProperty)
    {
        w.Line();
        w.Summary("The parameters that are set, by wire name, in the form the validator and the cost calculator read.");
        w.Line("public global::System.Collections.Generic.IReadOnlyDictionary<string, object?> ToParameters()");
        w.OpenBrace();
        w.Line("var parameters = new global::System.Collections.Generic.Dictionary<string, object?>();");
        if (modelProperty is not null)
        {
            IfSet(w, modelProperty, "model", () => w.Line("parameters[\"model\"] = model;"), isList: false, required: false);
        }

        ForEachSet(w, properties, (p, value) => w.Line($"parameters[{Code.String(p.Wire)}] = {p.ParameterValue(value)};"));

        w.Line("return parameters;");
        w.CloseBrace();
    }

    public static void WriteJson(SourceWriter w, IReadOnlyList<RequestProperty> properties, IEnumerable<string> leadingLines)
    {
        w.Line();
        w.Summary("Writes the request body exactly as the API expects it; unset optional parameters are left out.");
        w.Line("public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)");
        w.OpenBrace();
        w.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        w.Line("writer.WriteStartObject();");
        foreach (var line in leadingLines)
        {
            w.Line(line);
        }

        var objectsWritten = new HashSet<string>();
        foreach (var p in properties)
        {
            if (!p.IsNested)
            {
                IfSet(w, p.Name, p.Local, () => JsonValue(w, p, p.Wire, p.Required ? p.Name : p.Local), p.IsList, p.Required);
            }
            else if (objectsWritten.Add(p.WirePath[0]))
            {
                JsonObject(w, p.WirePath[0], properties.Where(q => q.IsNested && q.WirePath[0] == p.WirePath[0]).Select(q => (q, 1)).ToList());
            }
        }

        w.Line("writer.WriteEndObject();");
        w.CloseBrace();
    }

    private static void JsonValue(SourceWriter w, RequestProperty p, string name, string value)
    {
        switch (p.Conversion)
        {
            case WireConversion.Integer:
                w.Line($"writer.WriteNumber({Code.String(name)}, {value});");
                break;
            case WireConversion.Boolean:
                w.Line($"writer.WriteBoolean({Code.String(name)}, {value});");
                break;
            case WireConversion.Reference:
                w.Line($"writer.WritePropertyName({Code.String(name)});");
                w.Line($"{value}.WriteJson(writer);");
                break;
            case WireConversion.ReferenceList:
                w.Line($"writer.WriteStartArray({Code.String(name)});");
                w.Block($"foreach (var item in {value})", () => w.Line("item.WriteJson(writer);"));
                w.Line("writer.WriteEndArray();");
                break;
            default:
                w.Line($"writer.WriteString({Code.String(name)}, {p.ParameterValue(value)});");
                break;
        }
    }

    /// <summary>
    /// Writes the JSON object <paramref name="name"/> holding the properties whose dotted wire names continue below it
    /// (<c>svg.model</c>, <c>svg.reasoning.effort</c> → <c>"svg": {"model": …, "reasoning": {"effort": …}}</c>); the
    /// object is left out when none of them is set. <paramref name="members"/> pairs each property with the index of
    /// its path segment at this level.
    /// </summary>
    private static void JsonObject(SourceWriter w, string name, List<(RequestProperty Property, int Depth)> members)
    {
        var anySet = string.Join(" || ", members.Select(m => $"{m.Property.Name} is not null"));
        w.Block($"if ({anySet})", () =>
        {
            w.Line($"writer.WriteStartObject({Code.String(name)});");
            var childrenWritten = new HashSet<string>();
            foreach (var (p, depth) in members)
            {
                var segment = p.WirePath[depth];
                if (depth == p.WirePath.Length - 1)
                {
                    IfSet(w, p.Name, p.Local, () => JsonValue(w, p, segment, p.Local), isList: false, required: false);
                }
                else if (childrenWritten.Add(segment))
                {
                    JsonObject(w, segment, members.Where(m => m.Depth < m.Property.WirePath.Length - 1 && m.Property.WirePath[m.Depth] == segment).Select(m => (m.Property, m.Depth + 1)).ToList());
                }
            }

            w.Line("writer.WriteEndObject();");
        });
    }

    public static void WriteMultipart(SourceWriter w, IReadOnlyList<RequestProperty> properties, IEnumerable<string> leadingLines)
    {
        w.Line();
        w.Summary("Adds the request's form fields and files, in the API's multipart form; several images go as <c>image[]</c>.");
        w.Line($"public void WriteMultipart({R}.MultipartWriter writer)");
        w.OpenBrace();
        w.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        foreach (var line in leadingLines)
        {
            w.Line(line);
        }

        ForEachSet(w, properties, (p, value) =>
        {
            switch (p.Conversion)
            {
                case WireConversion.File:
                    w.Line($"writer.AddFile({Code.String(p.Wire)}, {value});");
                    break;
                case WireConversion.FileList:
                    w.Line($"var fieldName = {value}.Count == 1 ? {Code.String(p.Wire)} : {Code.String(p.Wire + "[]")};");
                    w.Block($"foreach (var file in {value})", () => w.Line("writer.AddFile(fieldName, file);"));
                    break;
                default:
                    w.Line($"writer.AddText({Code.String(p.MultipartName)}, {p.TextValue(value)});");
                    break;
            }
        });

        w.CloseBrace();
    }

    /// <summary>Writes <paramref name="body"/> for each property, guarded so it runs only when the property is set; the body gets the expression holding the value.</summary>
    private static void ForEachSet(SourceWriter w, IReadOnlyList<RequestProperty> properties, System.Action<RequestProperty, string> body)
    {
        foreach (var p in properties)
        {
            IfSet(w, p.Name, p.Local, () => body(p, p.Required ? p.Name : p.Local), p.IsList, p.Required);
        }
    }

    /// <summary>Runs <paramref name="body"/> only when the property holds a value (always for required ones).</summary>
    private static void IfSet(SourceWriter w, string property, string local, System.Action body, bool isList, bool required)
    {
        if (required)
        {
            body();
            return;
        }

        var test = isList ? $"if ({property} is {{ Count: > 0 }} {local})" : $"if ({property} is {{ }} {local})";
        w.Block(test, body);
    }

    private static string ElementType(RequestProperty p)
        => p.Conversion == WireConversion.FileList ? $"{R}.ImageFile" : $"{R}.ImageReference";
}
