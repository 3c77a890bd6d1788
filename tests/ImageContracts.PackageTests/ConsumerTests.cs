using System.Globalization;
using System.Text.RegularExpressions;

namespace ImageContracts.PackageTests;

/// <summary>
/// Consumer projects (from the Consumer/ templates) that reference the freshly packed PACKAGE from the temp feed,
/// built and run with the real dotnet CLI.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _output;

    public ConsumerTests(PackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void Consumer_validates_a_typed_request_and_estimates_its_cost()
    {
        var dir = _package.NewConsumer("typed");

        var build = Build(dir);
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal); // e.g. CS8785 if the generator could not load

        // The generator ran inside the consumer's compilation, from the package's analyzers/ folder.
        var generated = Path.Combine(dir, "obj", "Debug", "net10.0", "generated", "ImageContracts.Generator", "ImageContracts.Generator.ImageSpecGenerator");
        Assert.True(File.Exists(Path.Combine(generated, "GptImage26Flare.GenerateRequest.g.cs")), $"no generated GptImage26Flare.GenerateRequest.g.cs in {generated}\n{build}");
        Assert.True(File.Exists(Path.Combine(generated, "ImageContract.g.cs")), build.ToString());
        var assets = File.ReadAllText(Path.Combine(dir, "obj", "project.assets.json"));
        Assert.Contains($"\"ImageContracts/{_package.Version}\"", assets, StringComparison.Ordinal);
        // The core package alone brings no library in: no Microsoft.Extensions.*, nothing else (on net10.0).
        Assert.Equal(new[] { "ImageContracts/" + _package.Version }, Libraries(assets));

        var run = Run(dir);
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("typed: gpt-image-2 valid=True errors=0", run.Output, StringComparison.Ordinal);
        var cost = Regex.Match(run.Output, @"typed-cost: open=(\w+) minUsd=([\d.]+) maxUsd=([\d.]+)");
        Assert.True(cost.Success, run.ToString());
        Assert.Equal("False", cost.Groups[1].Value); // gpt-image-2 high 1024x1024 has a published per-image price (0.211)
        Assert.True(decimal.Parse(cost.Groups[3].Value, CultureInfo.InvariantCulture) >= 0.211m, run.ToString());
        Assert.Contains("loose: valid=False codes=value_not_allowed,out_of_range", run.Output, StringComparison.Ordinal);
        Assert.Contains("dictionary: valid=", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"models: .*gpt-image-1\.5.*dall-e-3", run.Output);
        Assert.DoesNotContain("my-image-model", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("imageOutputPerMillion=30.00", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_of_the_extension_packages_registers_the_client_and_adapts_it_to_IImageGenerator()
    {
        var dir = _package.NewConsumer("extensions", withExtensions: true);
        File.Copy(Path.Combine(_package.ConsumerTemplate, "Extensions", "Program.cs"), Path.Combine(dir, "Program.cs"), overwrite: true);

        var build = Build(dir);
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal);
        var libraries = Libraries(File.ReadAllText(Path.Combine(dir, "obj", "project.assets.json")));
        foreach (var id in PackageFixture.PackageIds)
        {
            Assert.Contains(id + "/" + _package.Version, libraries);
        }

        var run = Run(dir);
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("di: base=http://127.0.0.1:9/v1/ key=True logger=True", run.Output, StringComparison.Ordinal);
        Assert.Contains("meai: provider=openai model=gpt-image-2.6-sunburst same-client=True", run.Output, StringComparison.Ordinal);
        Assert.Contains("typed: valid=True", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_spec_file_adds_a_model_and_changes_a_price_after_a_rebuild()
    {
        var dir = _package.NewConsumer("extra");
        var baseline = Build(dir);
        Assert.True(baseline.Succeeded, baseline.ToString());

        // Found by the package's **/*.imagespec.yaml glob (in a subfolder on purpose) and merged over the bundled spec.
        var specs = Directory.CreateDirectory(Path.Combine(dir, "specs")).FullName;
        File.Copy(Path.Combine(_package.ConsumerTemplate, "Extra", "extra.imagespec.yaml"), Path.Combine(specs, "extra.imagespec.yaml"));
        File.Copy(Path.Combine(_package.ConsumerTemplate, "Extra", "MyModel.cs"), Path.Combine(dir, "MyModel.cs"));

        var build = Build(dir);
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("IMGSPEC", build.Output, StringComparison.Ordinal);

        var run = Run(dir);
        Assert.True(run.Succeeded, run.ToString());
        Assert.Matches(@"my-model: my-image-model type=MyImageModel valid=True outputImageTokens=\d+ inCatalog=True", run.Output);
        Assert.Matches(@"models: .*my-image-model", run.Output);

        // gpt-image-1 now costs 30 USD per 1M image output tokens; the estimate (prompt tokens: 0) is tokens x 30 / 1M.
        var price = Regex.Match(run.Output, @"gpt-image-1: imageOutputPerMillion=([\d.]+) outputImageTokens=(\d+) maxUsd=([\d.]+)");
        Assert.True(price.Success, run.ToString());
        Assert.Equal(30.00m, decimal.Parse(price.Groups[1].Value, CultureInfo.InvariantCulture));
        var tokens = int.Parse(price.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.Equal(tokens * 30m / 1_000_000m, decimal.Parse(price.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Namespace_and_public_switches_reach_the_generator()
    {
        var dir = _package.NewConsumer("namespace");
        var project = Path.Combine(dir, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "</OutputType>",
            "</OutputType>\n    <ImageContractsNamespace>Acme.Images</ImageContractsNamespace>\n    <ImageContractsPublic>true</ImageContractsPublic>",
            StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            var request = new Acme.Images.GptImage26Flare.GenerateRequest("A lighthouse");
            System.Console.WriteLine(request.Validate().IsValid);
            """);

        var build = Build(dir);
        Assert.True(build.Succeeded, build.ToString());
        var generated = File.ReadAllText(Path.Combine(dir, "obj", "Debug", "net10.0", "generated", "ImageContracts.Generator",
            "ImageContracts.Generator.ImageSpecGenerator", "GptImage26Flare.g.cs"));
        Assert.Contains("namespace Acme.Images", generated, StringComparison.Ordinal);
        Assert.Contains("public static partial class GptImage26Flare", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyzer_in_the_package_rejects_a_constant_value_the_contract_forbids()
    {
        var dir = _package.NewConsumer("analyzer");
        File.Copy(Path.Combine(_package.ConsumerTemplate, "Analyzer", "Program.cs"), Path.Combine(dir, "Program.cs"), overwrite: true);

        // More invalid files, each with one mistake; a /*IMGnnnn*/ marker stands right before the code the error must point at.
        var invalid = Path.Combine(_package.ConsumerTemplate, "Analyzer", "Invalid");
        Directory.CreateDirectory(Path.Combine(dir, "Invalid"));
        var expected = new List<string>();
        foreach (var file in Directory.GetFiles(invalid, "*.cs"))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(dir, "Invalid", Path.GetFileName(file)), text);
            var marker = Regex.Match(text, @"/\*(IMG\d{4})\*/");
            Assert.True(marker.Success, file + " has no /*IMGnnnn*/ marker");
            var at = marker.Index + marker.Length;
            var line = text.Take(at).Count(c => c == '\n') + 1;
            var column = at - text.LastIndexOf('\n', at - 1);
            expected.Add($"{Path.GetFileName(file)}({line},{column}): error {marker.Groups[1].Value}: ");
        }

        var build = Build(dir);
        Assert.False(build.Succeeded, build.ToString());
        // Line 4 is `var tooMany = new GptImage26Flare.GenerateRequest("A lighthouse") { N = 99 };`; column 69 is `N = 99`.
        Assert.Matches(@"Program\.cs\(4,69\): error IMG0003: ", build.Output);
        Assert.True(expected.Count >= 6, "too few invalid files");
        foreach (var diagnostic in expected)
        {
            Assert.Contains(diagnostic, build.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Broken_spec_without_the_bundled_one_fails_the_build_at_the_yaml_location()
    {
        var dir = _package.NewConsumer("broken");
        var project = Path.Combine(dir, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "</OutputType>",
            "</OutputType>\n    <ImageContractsIncludeDefaultSpec>false</ImageContractsIncludeDefaultSpec>",
            StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(\"no generated types used\");\n");
        File.Copy(Path.Combine(_package.ConsumerTemplate, "Broken", "broken.imagespec.yaml"), Path.Combine(dir, "broken.imagespec.yaml"));

        var build = Build(dir);
        Assert.False(build.Succeeded, build.ToString());
        // Line 4 is `    type: [this, is, not, a, name]`; column 11 is where the sequence starts.
        Assert.Matches(@"broken\.imagespec\.yaml\(4,11\): error IMGSPEC002", build.Output);
        Assert.Matches(@"broken\.imagespec\.yaml\(\d+,\d+\): error IMGSPEC0\d\d", build.Output);
        Assert.DoesNotMatch(@"CSC : error IMGSPEC", build.Output); // every spec error points into the YAML file

        // The switch removed the bundled spec; only the consumer's file reaches the generator.
        var items = DotNetCli.Run(dir, BuildTimeout, _package.ConsumerEnvironment,
            "msbuild", "-getItem:AdditionalFiles", "-p:ImageContractsPackageVersion=" + _package.Version);
        Log(items);
        Assert.True(items.Succeeded, items.ToString());
        Assert.Contains("broken.imagespec.yaml", items.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("openai-images.imagespec.yaml", items.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_of_the_overlays_package_learns_a_model_from_yaml_at_run_time()
    {
        var dir = _package.NewConsumer("overlays", withExtensions: true);
        File.Copy(Path.Combine(_package.ConsumerTemplate, "Overlays", "Program.cs"), Path.Combine(dir, "Program.cs"), overwrite: true);
        var overlays = Directory.CreateDirectory(Path.Combine(dir, "..", "runtime-overlay")).FullName;
        File.Copy(Path.Combine(_package.ConsumerTemplate, "Overlays", "gpt-image-3.yaml"), Path.Combine(overlays, "gpt-image-3.yaml"), overwrite: true);

        var build = Build(dir);
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal); // e.g. Roslyn's analyzers for analyzer authors leaking in

        var run = Run(dir);
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("overlay: models=gpt-image-3 compiled-in=False", run.Output, StringComparison.Ordinal);
        Assert.Contains("valid 2048x2048=True 1040x1040=False", run.Output, StringComparison.Ordinal);
        // The overlay's $0.30 for high 2048x2048, plus 1000 prompt tokens at its $4 per million.
        Assert.Contains("cost: min=0.304 max=0.304", run.Output, StringComparison.Ordinal);
        Assert.Contains("refused: bad.imagespec.yaml(3,14): error IMGSPEC006: Model 'gpt-image-9' does not exist", run.Output, StringComparison.Ordinal);
    }

    private ToolResult Build(string dir)
    {
        var result = DotNetCli.Run(dir, BuildTimeout, _package.ConsumerEnvironment,
            "build", "-p:ImageContractsPackageVersion=" + _package.Version, "-nologo");
        Log(result);
        return result;
    }

    private ToolResult Run(string dir)
    {
        var result = DotNetCli.Run(dir, RunTimeout, _package.ConsumerEnvironment,
            "run", "--no-build", "-p:ImageContractsPackageVersion=" + _package.Version);
        Log(result);
        return result;
    }

    private void Log(ToolResult result) => _output.WriteLine(result.ToString());

    /// <summary>The "libraries" of a project.assets.json ("id/version"), sorted.</summary>
    private static string[] Libraries(string assets)
    {
        using var json = System.Text.Json.JsonDocument.Parse(assets);
        return json.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
    }
}
