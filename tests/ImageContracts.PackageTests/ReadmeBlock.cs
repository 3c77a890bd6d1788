using System.Text.RegularExpressions;

namespace ImageContracts.PackageTests;

/// <summary>
/// One <c>```csharp</c> block of a Markdown file: the 1-based line of its opening fence, its code, and the
/// <c>&lt;!-- compile: ... --&gt;</c> directive on the line before the fence, if any: <c>skip, reason</c> for a
/// fragment that cannot compile alone, or <c>errors ID ...</c> for a block that shows the analyzer's errors and
/// must fail with exactly those.
/// </summary>
internal sealed record ReadmeBlock(int FenceLine, string Code, string? Directive)
{
    private static readonly Regex DirectivePattern = new(@"^\s*<!--\s*compile:\s*(?<directive>.*?)\s*-->\s*$", RegexOptions.CultureInvariant);

    public bool IsSkipped => Directive?.StartsWith("skip", StringComparison.Ordinal) == true;

    /// <summary>The error ids an <c>errors</c> directive names; empty when the block must compile.</summary>
    public IReadOnlySet<string> ExpectedErrors => Directive?.StartsWith("errors", StringComparison.Ordinal) == true
        ? Directive["errors".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)
        : new HashSet<string>();

    /// <summary>Reads every <c>```csharp</c> block of <paramref name="markdown"/>.</summary>
    public static IReadOnlyList<ReadmeBlock> Read(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<ReadmeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var directive = i > 0 && DirectivePattern.Match(lines[i - 1]) is { Success: true } match ? match.Groups["directive"].Value : null;
            var end = Array.FindIndex(lines, i + 1, line => line.Trim() == "```");
            if (end < 0)
            {
                throw new InvalidOperationException($"README.md line {i + 1}: the csharp block is never closed");
            }

            blocks.Add(new ReadmeBlock(i + 1, string.Join('\n', lines[(i + 1)..end]) + "\n", directive));
            i = end;
        }

        return blocks;
    }
}
