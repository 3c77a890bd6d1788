using System.Text.RegularExpressions;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// Time enters the product only as the spec's asOf (compile time) and a TimeProvider (run time). No C# file in the
/// repository reads the wall clock directly, tests included: their expected values come from fake clocks.
/// </summary>
public partial class NoWallClockTests
{
    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\s*\.\s*(UtcNow|Now|Today)\b")]
    private static partial Regex WallClock();

    [Fact]
    public void No_source_file_reads_the_wall_clock()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part is "bin" or "obj" or "artifacts" or "node_modules" or ".git"))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (WallClock().IsMatch(lines[i]))
                {
                    offenders.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Read the time from a TimeProvider (run time) or the spec's asOf (compile time):\n" + string.Join("\n", offenders));
    }
}
