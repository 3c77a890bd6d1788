using System.Text.RegularExpressions;

namespace ImageContracts.PackageTests;

/// <summary>
/// Every C# block of README.md builds, as pasted into a new console project (implicit usings on, as
/// <c>dotnet new console</c> makes it), against the freshly packed packages (core and both extensions). A failure names the README line.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ReadmeTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);

    private static readonly Regex Diagnostic = new(@"Program\.cs\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>\w+): (?<message>.*?)(?: \[[^\]]*\])?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _output;

    public ReadmeTests(PackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void Every_csharp_block_in_the_readme_builds_against_the_package()
    {
        var blocks = ReadmeBlock.Read(File.ReadAllText(Path.Combine(_package.RepoRoot, "README.md")));
        Assert.NotEmpty(blocks);
        Assert.True(blocks.Count(b => b.IsSkipped) <= 1, "skips are for rare fragments: " + string.Join(", ", blocks.Where(b => b.IsSkipped).Select(b => "line " + b.FenceLine)));

        // One project, each block in turn as its Program.cs: top-level statements of two blocks cannot share a project.
        // The three packages: the README shows AddImageContracts and the IImageGenerator adapter too.
        var dir = _package.NewConsumer("readme", withExtensions: true);
        var failures = new List<string>();
        foreach (var block in blocks.Where(b => !b.IsSkipped))
        {
            File.WriteAllText(Path.Combine(dir, "Program.cs"), block.Code);
            var build = DotNetCli.Run(dir, BuildTimeout, _package.ConsumerEnvironment, "build", "-p:ImageContractsPackageVersion=" + _package.Version, "-nologo");
            _output.WriteLine($"README.md line {block.FenceLine}:\n{build}");
            Assert.False(build.TimedOut, build.ToString());

            var errors = Diagnostic.Matches(build.Output)
                .Where(m => m.Groups["severity"].Value == "error")
                .Select(m => (ReadmeLine: block.FenceLine + int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), Id: m.Groups["id"].Value, Message: m.Groups["message"].Value))
                .Distinct()
                .ToList();
            var expected = block.ExpectedErrors;
            if (expected.Count == 0 && !build.Succeeded)
            {
                var detail = errors.Count == 0 ? build.Output : string.Join("\n", errors.Select(e => $"  README.md line {e.ReadmeLine}: {e.Id}: {e.Message}"));
                failures.Add($"The csharp block at README.md line {block.FenceLine} does not build:\n{detail}");
            }
            else if (expected.Count > 0 && !errors.Select(e => e.Id).ToHashSet().SetEquals(expected))
            {
                failures.Add($"The csharp block at README.md line {block.FenceLine} should fail with exactly {string.Join(", ", expected.Order())}; got: "
                    + (errors.Count == 0 ? "no errors" : string.Join("\n", errors.Select(e => $"  README.md line {e.ReadmeLine}: {e.Id}: {e.Message}"))));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}
