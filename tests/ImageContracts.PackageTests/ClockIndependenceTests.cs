using System.Text.Json;

namespace ImageContracts.PackageTests;

/// <summary>
/// A build's diagnostics are a function of its inputs, not of the day: the same consumer of the packed package,
/// built with the real clock and under <c>faketime</c> five years ahead, reports the same diagnostics. The consumer
/// adds a model whose shutdown lies between the two dates, so a clock-reading analyzer or generator would differ.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ClockIndependenceTests
{
    private const string FiveYearsAhead = "2031-12-02 12:00:00";
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);

    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _output;

    public ClockIndependenceTests(PackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void Diagnostics_are_identical_today_and_five_years_ahead()
    {
        var dir = _package.NewConsumer("clock");
        File.Copy(Path.Combine(_package.ConsumerTemplate, "Clock", "Program.cs"), Path.Combine(dir, "Program.cs"), overwrite: true);
        File.Copy(Path.Combine(_package.ConsumerTemplate, "Clock", "clock.imagespec.yaml"), Path.Combine(dir, "clock.imagespec.yaml"));

        // Restore with the real clock (a registry's certificates need not be valid in five years), then build twice.
        var restore = DotNetCli.Run(dir, BuildTimeout, _package.ConsumerEnvironment, "restore", "-p:ImageContractsPackageVersion=" + _package.Version);
        Log(restore);
        Assert.True(restore.Succeeded, restore.ToString());

        var today = Diagnostics(dir, fakeDate: null);
        var ahead = Diagnostics(dir, fakeDate: FiveYearsAhead);

        Assert.Equal(today, ahead);
        // The probe is judged by the spec's asOf: deprecated (information), in both builds.
        Assert.Equal(3, today.Count(d => d.StartsWith("IMG0013|note|clock-probe shuts down on 2028-06-01; use gpt-image-2.", StringComparison.Ordinal)));
        Assert.DoesNotContain(today, d => d.Contains("clock-probe was shut down", StringComparison.Ordinal));
    }

    /// <summary>Every diagnostic of a full rebuild, from the compiler's SARIF log: id, level, message and position.</summary>
    private List<string> Diagnostics(string dir, string? fakeDate)
    {
        var log = Path.Combine(dir, fakeDate is null ? "today.sarif" : "ahead.sarif");
        string[] arguments =
        {
            "build", "--no-restore", "--no-incremental", "-nologo",
            "-p:ImageContractsPackageVersion=" + _package.Version,
            "-p:ErrorLog=" + log + "%2Cversion=2.1",
        };
        var build = fakeDate is null
            ? DotNetCli.Run(dir, BuildTimeout, _package.ConsumerEnvironment, arguments)
            : DotNetCli.RunAtDate(fakeDate, dir, BuildTimeout, _package.ConsumerEnvironment, arguments);
        // Under libfaketime, MSBuild's wait for its in-proc node now and then times out at once (MSB0001 within a
        // tenth of a second, seen only on a loaded machine): the clock shim, not the build. Tried again, at most twice.
        for (var retry = 0; fakeDate is not null && !build.Succeeded && build.ToString().Contains("MSB0001", StringComparison.Ordinal) && retry < 2; retry++)
        {
            Log(build);
            build = DotNetCli.RunAtDate(fakeDate, dir, BuildTimeout, _package.ConsumerEnvironment, arguments);
        }

        Log(build);
        Assert.True(build.Succeeded, build.ToString());
        if (fakeDate is not null)
        {
            Assert.StartsWith("faketime", build.CommandLine, StringComparison.Ordinal);
        }

        using var sarif = JsonDocument.Parse(File.ReadAllBytes(log));
        var found = new List<string>();
        foreach (var result in sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var id = result.GetProperty("ruleId").GetString();
            var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
            var message = result.GetProperty("message").GetProperty("text").GetString();
            var where = result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                ? locations[0].GetProperty("physicalLocation").GetProperty("region").GetRawText()
                : "";
            found.Add($"{id}|{level}|{message}|{where}");
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private void Log(ToolResult result) => _output.WriteLine(result.ToString());
}
