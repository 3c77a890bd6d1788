using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Binding;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Emitting;

/// <summary>How a property's value travels to the wire.</summary>
internal enum WireConversion
{
    Text,
    Enum,
    SizeStruct,
    Integer,
    Boolean,
    File,
    FileList,
    Reference,
    ReferenceList,
}

/// <summary>One C# property of a generated request and how it maps to its wire parameter.</summary>
internal sealed class RequestProperty
{
    private const string R = Code.Runtime;

    public RequestProperty(ParameterSpec parameter, string name, string type, WireConversion conversion, bool required, IReadOnlyList<string> docLines)
    {
        Parameter = parameter;
        Name = name;
        Type = type;
        Conversion = conversion;
        Required = required;
        DocLines = docLines;
    }

    public ParameterSpec Parameter { get; }

    public string Wire => Parameter.Wire;

    public string Name { get; }

    /// <summary>The C# type without nullability.</summary>
    public string Type { get; }

    public WireConversion Conversion { get; }

    public bool Required { get; }

    public IReadOnlyList<string> DocLines { get; }

    public string ArgumentName => Helpers.Naming.CamelCase(Name);

    public bool IsList => Conversion is WireConversion.FileList or WireConversion.ReferenceList;

    /// <summary>Lists become <c>params</c> arrays, which must come last in a constructor.</summary>
    public string ArgumentType => Conversion switch
    {
        WireConversion.FileList => $"params {R}.ImageFile[]",
        WireConversion.ReferenceList => $"params {R}.ImageReference[]",
        _ => Type,
    };

    public string PropertyType => Required || IsList ? Type : Type + "?";

    /// <summary>The wire form of <paramref name="value"/> for the parameter dictionary.</summary>
    public string ParameterValue(string value) => Conversion switch
    {
        WireConversion.Enum => $"ToWire({value})",
        WireConversion.SizeStruct => $"{value}.ToString()",
        _ => value,
    };

    /// <summary>Builds the property plan for a parameter of a typed (per-model) request.</summary>
    public static RequestProperty Typed(ParameterSpec p, string? valueType)
    {
        var (type, conversion) = WireType(p.Type, p.IsList, valueType, p.FreeForm is not null);

        return new RequestProperty(p, CSharpNames.PropertyName(p), type, conversion, p.Required, Docs.Parameter(p));
    }

    /// <summary>
    /// The C# type and wire conversion of a parameter type: files and references as single values or lists,
    /// a model's value type where it has one (typed requests), else text. Loose requests pass no value type.
    /// </summary>
    public static (string Type, WireConversion Conversion) WireType(string parameterType, bool isList, string? valueType, bool isFreeForm) => parameterType switch
    {
        ParameterTypes.Integer => ("int", WireConversion.Integer),
        ParameterTypes.Boolean => ("bool", WireConversion.Boolean),
        ParameterTypes.Image => ($"{R}.ImageFile", WireConversion.File),
        ParameterTypes.Images when isList => ($"global::System.Collections.Generic.IReadOnlyList<{R}.ImageFile>", WireConversion.FileList),
        ParameterTypes.Images => ($"{R}.ImageFile", WireConversion.File),
        ParameterTypes.ImageRefs when isList => ($"global::System.Collections.Generic.IReadOnlyList<{R}.ImageReference>", WireConversion.ReferenceList),
        ParameterTypes.ImageRef or ParameterTypes.ImageRefs or ParameterTypes.MaskRef => ($"{R}.ImageReference", WireConversion.Reference),
        _ when valueType is not null => (valueType, isFreeForm ? WireConversion.SizeStruct : WireConversion.Enum),
        _ => ("string", WireConversion.Text),
    };

    /// <summary>Required values first as constructor arguments, files and lists after them.</summary>
    public static IEnumerable<RequestProperty> ConstructorOrder(IEnumerable<RequestProperty> properties)
        => properties.Where(p => p.Required).OrderBy(p => p.IsList ? 2 : p.Conversion is WireConversion.File or WireConversion.Reference ? 1 : 0);
}
