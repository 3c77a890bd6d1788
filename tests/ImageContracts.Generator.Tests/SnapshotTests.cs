using System.Text.RegularExpressions;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// The generated source for the bundled spec, compared file by file with Snapshots/. Set
/// IMAGECONTRACTS_ACCEPT_SNAPSHOTS=1 to rewrite them after an intended change: that run still fails when it changed
/// anything (so an accept run cannot pass silently); review the diff and run again without the variable.
/// </summary>
public class SnapshotTests
{
    private const string AcceptVariable = "IMAGECONTRACTS_ACCEPT_SNAPSHOTS";

    [Fact]
    public void Generated_source_for_the_bundled_spec_matches_the_snapshots()
    {
        // What a consumer gets by default: shut-down models without request types.
        var spec = new[] { new TestAdditionalText("/specs/openai-images.imagespec.yaml", GeneratorHarness.SpecText) };
        var (run, _) = GeneratorHarness.Run(spec, new Dictionary<string, string> { [GeneratorHarness.EmitRetiredModels] = "false" });
        Assert.Empty(run.Diagnostics);
        var actual = run.GeneratedSources.ToDictionary(s => s.HintName + ".txt", s => Normalize(s.SourceText.ToString()));
        var dir = Path.Combine(RepoPaths.Snapshots, "BundledSpec");
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var differences = CompareOrAccept(dir, actual, accept);

        // An accept run writes, then still fails when it changed anything, so it can never pass silently in CI or
        // hide a change nobody reviewed. The next run (without the variable) passes.
        if (differences.Count > 0)
        {
            Assert.Fail((accept
                    ? $"Accepted {differences.Count} snapshot change(s) in {dir}; review the diff and run again without {AcceptVariable}:\n"
                    : $"The generated source differs from the snapshots in {dir} (run with {AcceptVariable}=1 to accept, then review the diff):\n")
                + string.Join("\n", differences));
        }
    }

    /// <summary>The differences between <paramref name="dir"/> and <paramref name="actual"/>; when
    /// <paramref name="accept"/>, the directory is then rewritten to match (the differences are still returned).</summary>
    internal static List<string> CompareOrAccept(string dir, IReadOnlyDictionary<string, string> actual, bool accept)
    {
        var differences = Differences(dir, actual);
        if (accept && differences.Count > 0)
        {
            Accept(dir, actual);
        }

        return differences;
    }

    /// <summary>One line per snapshot file that is missing, stale or different, in name order; empty when all match.</summary>
    private static List<string> Differences(string dir, IReadOnlyDictionary<string, string> actual)
    {
        var expectedNames = Directory.Exists(dir) ? Directory.GetFiles(dir).Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal) : [];
        var differences = new List<string>();
        foreach (var name in expectedNames.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            if (!actual.TryGetValue(name, out var text))
            {
                differences.Add($"{name}: snapshot no longer generated");
            }
            else if (!expectedNames.Contains(name))
            {
                differences.Add($"{name}: generated but has no snapshot");
            }
            else if (Normalize(File.ReadAllText(Path.Combine(dir, name))) is var expected && expected != text)
            {
                differences.Add($"{name}: differs from its snapshot at line {FirstDifferentLine(expected, text)}");
            }
        }

        return differences;
    }

    /// <summary>Makes <paramref name="dir"/> hold exactly <paramref name="actual"/>: stale files deleted, the rest written.</summary>
    private static void Accept(string dir, IReadOnlyDictionary<string, string> actual)
    {
        Directory.CreateDirectory(dir);
        foreach (var stale in Directory.GetFiles(dir).Where(f => !actual.ContainsKey(Path.GetFileName(f))))
        {
            File.Delete(stale);
        }

        foreach (var (name, text) in actual)
        {
            File.WriteAllText(Path.Combine(dir, name), text);
        }
    }

    /// <summary>Line endings and the generator's version would otherwise make snapshots machine-dependent.</summary>
    private static string Normalize(string text)
        => Regex.Replace(text.Replace("\r\n", "\n"), "GeneratedCode\\(\"ImageContracts.Generator\", \"[^\"]*\"\\)", "GeneratedCode(\"ImageContracts.Generator\", \"%VERSION%\")");

    private static int FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }

        return Math.Min(a.Length, b.Length) + 1;
    }
}
