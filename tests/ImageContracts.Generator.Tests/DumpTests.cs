namespace ImageContracts.Generator.Tests;

public class DumpTests
{
    [Fact]
    public void Dump()
    {
        var (run, output) = GeneratorHarness.Run(GeneratorHarness.SpecText);
        var dir = "/tmp/gen";
        foreach (var f in Directory.GetFiles(dir)) File.Delete(f);
        foreach (var s in run.GeneratedSources) File.WriteAllText(Path.Combine(dir, s.HintName), s.SourceText.ToString());
        File.WriteAllLines(Path.Combine(dir, "_diagnostics.txt"), run.Diagnostics.Select(d => d.ToString()).Concat(GeneratorHarness.Problems(output).Select(d => d.ToString())));
    }
}
