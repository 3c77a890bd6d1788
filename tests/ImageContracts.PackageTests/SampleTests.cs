namespace ImageContracts.PackageTests;

/// <summary>
/// samples/ImageContracts.Sample built the way samples/run.sh builds it: in place, against the PACKAGE (here the
/// temp feed), with its own artifacts path so the in-repo build of the sample is not touched.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SampleTests
{
    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _output;

    public SampleTests(PackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void Sample_builds_against_the_package_and_prints_validation_costs_and_the_catalog()
    {
        var artifacts = Path.Combine(_package.Root, "sample");
        var project = Path.Combine(_package.RepoRoot, "samples", "ImageContracts.Sample", "ImageContracts.Sample.csproj");

        // RestoreConfigFile: the temp feed.
        var build = DotNetCli.Run(_package.RepoRoot, TimeSpan.FromMinutes(3), _package.ConsumerEnvironment,
            "build", project,
            "-p:ImageContractsPackageVersion=" + _package.Version,
            "-p:RestoreConfigFile=" + _package.NuGetConfig,
            "--artifacts-path", artifacts,
            "-nologo");
        _output.WriteLine(build.ToString());
        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains($"\"ImageContracts/{_package.Version}\"",
            File.ReadAllText(Path.Combine(artifacts, "obj", "ImageContracts.Sample", "project.assets.json")), StringComparison.Ordinal);

        var run = DotNetCli.Run(_package.RepoRoot, TimeSpan.FromMinutes(1), null,
            Path.Combine(artifacts, "bin", "ImageContracts.Sample", "debug", "ImageContracts.Sample.dll"));
        _output.WriteLine(run.ToString());
        Assert.True(run.Succeeded, run.ToString());

        var text = run.Output;
        Assert.Contains("ImageContracts runtime " + _package.Version, text, StringComparison.Ordinal);
        Assert.Contains("gpt-image-2.5-sunburst generate, xhigh, 1536x1024", text, StringComparison.Ordinal);
        Assert.Contains("dall-e-3 generate, hd, 1792x1024", text, StringComparison.Ordinal);
        Assert.Contains("gpt-image-2 generate, free-form 2048x1152", text, StringComparison.Ordinal);
        Assert.Matches(@"validation: valid", text);
        Assert.Matches(@"cost: \$\d", text);
        Assert.Contains("error value_not_allowed [size]", text, StringComparison.Ordinal);
        Assert.Contains("error out_of_range [n]", text, StringComparison.Ordinal);
        Assert.Matches(@"Models \(\d+\)", text);
        Assert.Contains("Retired:", text, StringComparison.Ordinal);
    }
}
