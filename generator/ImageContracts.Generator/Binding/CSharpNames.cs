using System.Globalization;
using System.Text;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Binding;

/// <summary>
/// The C# names and literals the generated code uses for spec things, decided once: the emitters write them and the
/// analyzer finds the generated types and suggests fixes by them, so neither reaches into the other.
/// </summary>
internal static class CSharpNames
{
    /// <summary>Endpoint id → loose type name. JSON edits have no loose form: use the dictionary entry point.</summary>
    public static readonly (string Endpoint, string TypeName)[] LooseTypes =
    {
        ("generations", "ImageGenerationRequest"),
        ("edits", "ImageEditRequest"),
        ("variations", "ImageVariationRequest"),
        ("responses", "ImageGenerationTool"),
    };

    /// <summary>A single image is <c>Image</c> even where the spec calls the parameter <c>Images</c>.</summary>
    public static string PropertyName(ParameterSpec p)
        => (p.Type is ParameterTypes.Images or ParameterTypes.ImageRefs) && !p.IsList && p.Name.EndsWith("s") ? p.Name.Substring(0, p.Name.Length - 1) : p.Name;

    /// <summary>A C# string literal for <paramref name="value"/> (<c>null</c> for null), escaped for any text.</summary>
    public static string StringLiteral(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
