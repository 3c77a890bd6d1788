using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageContracts.Generator.Helpers;

/// <summary>How spec names become C# names.</summary>
internal static class Naming
{
    private static readonly Regex SizePattern = new("^([0-9]+)x([0-9]+)$", RegexOptions.CultureInvariant);

    /// <summary><c>output_compression</c> → <c>OutputCompression</c>; <c>gpt-image-1.5</c> → <c>GptImage15</c>.</summary>
    public static string PascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }

    /// <summary>The enum member for a wire value: <c>1024x1536</c> → <c>W1024xH1536</c>, <c>b64_json</c> → <c>B64Json</c>.</summary>
    public static string ValueMember(string value)
    {
        var size = SizePattern.Match(value);
        if (size.Success)
        {
            return "W" + size.Groups[1].Value + "xH" + size.Groups[2].Value;
        }

        var name = PascalCase(value);
        return name.Length > 0 && char.IsDigit(name[0]) ? "V" + name : name;
    }

    public static bool IsValidIdentifier(string name)
        => SyntaxFacts.IsValidIdentifier(name)
           && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary><c>fileName</c> style for constructor parameters.</summary>
    public static string CamelCase(string pascal)
    {
        if (pascal.Length == 0)
        {
            return pascal;
        }

        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) == SyntaxKind.None ? camel : "@" + camel;
    }
}
