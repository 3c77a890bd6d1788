using System.Text.RegularExpressions;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// The generated source for the bundled spec, compared file by file with Snapshots/. Set
/// IMAGECONTRACTS_ACCEPT_SNAPSHOTS=1 to rewrite them after an intended change, then review the diff.
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

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
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

            return;
        }

        var expectedNames = Directory.Exists(dir) ? Directory.GetFiles(dir).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList() : [];
        Assert.Equal(expectedNames, actual.Keys.Order(StringComparer.Ordinal).ToList());
        foreach (var (name, text) in actual)
        {
            var expected = Normalize(File.ReadAllText(Path.Combine(dir, name)));
            if (expected != text)
            {
                Assert.Fail($"{name} differs from its snapshot (run with {AcceptVariable}=1 to accept). First difference at line {FirstDifferentLine(expected, text)}.");
            }
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
