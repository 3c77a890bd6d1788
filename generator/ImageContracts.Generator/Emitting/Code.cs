using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ImageContracts.Generator.Binding;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Emitting;

/// <summary>Literal and documentation escaping for generated C#.</summary>
internal static class Code
{
    public const string Runtime = "global::ImageContracts";

    public static string String(string? value) => CSharpNames.StringLiteral(value);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string NullableLong(long? value) => value is null ? "null" : Long(value.Value);

    public static string Double(double value)
        => double.IsInfinity(value) || value == double.MaxValue ? "double.MaxValue" : value.ToString("R", CultureInfo.InvariantCulture) + "d";

    /// <summary>A spec decimal such as <c>0.04</c> as the C# literal <c>0.04m</c>.</summary>
    public static string Decimal(string? invariantText) => invariantText is null ? "null" : invariantText + "m";

    /// <summary>A spec date <c>2026-05-12</c> as <c>new global::System.DateOnly(2026, 5, 12)</c>.</summary>
    public static string Date(string? isoDate)
    {
        if (string.IsNullOrEmpty(isoDate))
        {
            return "null";
        }

        var parts = isoDate!.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return $"new global::System.DateOnly({parts[0]}, {parts[1]}, {parts[2]})";
    }

    public static string StringArray(IEnumerable<string> values)
    {
        var items = values.ToList();
        return items.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", items.Select(String)) + " }";
    }

    /// <summary>The runtime's <c>ImageEndpoint</c> member for a spec endpoint id.</summary>
    public static string EndpointMember(string endpointId) => Runtime + ".ImageEndpoint." + Helpers.Naming.PascalCase(endpointId);

    /// <summary>The runtime interface a request record of an endpoint kind implements: the endpoint's own marker
    /// (so the client's methods accept only their endpoint's requests), else the body's interface.</summary>
    public static string RequestInterface(EndpointKindSpec kind) => kind.Id switch
    {
        "generations" => Runtime + ".IGenerationRequest",
        "json-edits" => Runtime + ".IJsonEditRequest",
        "edits" => Runtime + ".IEditRequest",
        "variations" => Runtime + ".IVariationRequest",
        _ => kind.Body switch
        {
            "tool" => Runtime + ".IImageGenerationTool",
            "multipart" => Runtime + ".IMultipartRequest",
            _ => Runtime + ".IJsonRequest",
        },
    };

    public static IEnumerable<string> XmlLines(string text)
        => text.Replace("\r\n", "\n").Split('\n').Select(l => Xml(l.TrimEnd()));

    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
