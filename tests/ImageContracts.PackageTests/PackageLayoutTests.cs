using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ImageContracts.PackageTests;

/// <summary>The nupkg, opened as a zip: what is where, and what it does not depend on.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackageFixture _package;

    public PackageLayoutTests(PackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        foreach (var (id, pack) in PackageFixture.PackageIds.Zip(package.PackResults))
        {
            output.WriteLine($"packed {id} in {pack.Elapsed.TotalSeconds:0.0}s");
        }
    }

    [Fact]
    public void Package_has_the_runtime_the_generator_and_the_msbuild_glue()
    {
        var entries = Entries();

        string[] expected =
        {
            "lib/net8.0/ImageContracts.dll",
            "lib/net10.0/ImageContracts.dll",
            "analyzers/dotnet/cs/ImageContracts.Generator.dll",
            "analyzers/dotnet/cs/ImageContracts.CodeFixes.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "buildTransitive/ImageContracts.props",
            "buildTransitive/ImageContracts.targets",
            "buildTransitive/spec/openai-images.imagespec.yaml",
            "buildTransitive/spec/imagespec.schema.json",
            "README.md",
            "LICENSE",
        };
        foreach (var path in expected)
        {
            Assert.True(entries.Contains(path), $"{path} is missing from the package. Entries:\n{string.Join("\n", entries.Order())}");
        }

        // Exactly one analyzer slot with the generator + analyzer, the code fixes and YamlDotNet; none of them in lib/.
        Assert.Equal(
            new[] { "analyzers/dotnet/cs/ImageContracts.CodeFixes.dll", "analyzers/dotnet/cs/ImageContracts.Generator.dll", "analyzers/dotnet/cs/YamlDotNet.dll" },
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && (e.Contains("Generator") || e.Contains("YamlDotNet")));
        Assert.DoesNotContain(entries, e => e.StartsWith("build/", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_nuspec_depends_on_nothing_but_server_sent_events_on_net8()
    {
        var (ns, nuspec) = Nuspec(_package.NupkgPath);
        var metadata = nuspec.Root!.Element(ns + "metadata")!;
        Assert.Equal("ImageContracts", metadata.Element(ns + "id")?.Value);
        Assert.Equal(_package.Version, metadata.Element(ns + "version")?.Value);

        // Framework-only: no Microsoft.Extensions.*, no YamlDotNet/Roslyn/generator (those ride in analyzers/).
        Assert.Equal(
            new[] { "net10.0: (none)", "net8.0: System.Net.ServerSentEvents" },
            DependencyGroups(ns, nuspec).Select(g => g.Framework + ": " + (g.Ids.Count == 0 ? "(none)" : string.Join(", ", g.Ids))).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(PackageFixture.DependencyInjectionPackage, new[] { "ImageContracts", "Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.Http", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options" })]
    [InlineData(PackageFixture.AIPackage, new[] { "ImageContracts", "Microsoft.Extensions.AI.Abstractions" })]
    [InlineData(PackageFixture.OverlaysPackage, new[] { "ImageContracts", "Microsoft.CodeAnalysis.CSharp", "YamlDotNet" })]
    public void Extension_packages_carry_their_library_and_depend_on_the_same_core_version(string id, string[] dependencies)
    {
        var entries = Entries(_package.Nupkgs[id]);
        Assert.Contains($"lib/net8.0/{id}.dll", entries);
        Assert.Contains($"lib/net10.0/{id}.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) || e.StartsWith("buildTransitive/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.EndsWith("/ImageContracts.dll", StringComparison.Ordinal)); // the core comes as a dependency

        var (ns, nuspec) = Nuspec(_package.Nupkgs[id]);
        foreach (var group in DependencyGroups(ns, nuspec))
        {
            Assert.Equal(dependencies, group.Ids);
        }

        var core = nuspec.Descendants(ns + "dependency").Where(d => (string?)d.Attribute("id") == "ImageContracts").Select(d => (string?)d.Attribute("version")).Distinct();
        Assert.Equal(_package.Version, Assert.Single(core));
    }

    [Theory]
    [InlineData(PackageFixture.CorePackage)]
    [InlineData(PackageFixture.DependencyInjectionPackage)]
    [InlineData(PackageFixture.AIPackage)]
    [InlineData(PackageFixture.OverlaysPackage)]
    public void Every_package_has_the_repository_url_the_mit_licence_and_the_readme(string id)
    {
        var (ns, nuspec) = Nuspec(_package.Nupkgs[id]);
        var metadata = nuspec.Root!.Element(ns + "metadata")!;
        // The one property in Directory.Build.props, read here from the file rather than from the build.
        var url = XDocument.Load(Path.Combine(_package.RepoRoot, "Directory.Build.props")).Descendants("ImageContractsRepositoryUrl").Single().Value.Trim();

        Assert.StartsWith("https://", url, StringComparison.Ordinal);
        Assert.Equal(url, metadata.Element(ns + "projectUrl")?.Value);
        Assert.Equal(url, metadata.Element(ns + "repository")?.Attribute("url")?.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")?.Attribute("type")?.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.Equal(_package.Version, metadata.Element(ns + "version")?.Value);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_package.RepoRoot, "README.md")), Read(_package.Nupkgs[id], "README.md"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_package.RepoRoot, "LICENSE")), Read(_package.Nupkgs[id], "LICENSE"));
    }

    [Fact]
    public void Overlays_package_keeps_roslyns_analyzers_out_of_consumers_and_carries_the_bundled_spec()
    {
        var (ns, nuspec) = Nuspec(_package.Nupkgs[PackageFixture.OverlaysPackage]);

        // Roslyn is a library here: its dependency excludes the analyzers (Microsoft.CodeAnalysis.Analyzers) and build files.
        foreach (var roslyn in nuspec.Descendants(ns + "dependency").Where(d => (string?)d.Attribute("id") == "Microsoft.CodeAnalysis.CSharp"))
        {
            var excluded = ((string?)roslyn.Attribute("exclude") ?? "").Split(',');
            Assert.Contains("Analyzers", excluded);
            Assert.Contains("Build", excluded);
        }

        var resources = AssemblyResources(Read(_package.Nupkgs[PackageFixture.OverlaysPackage], "lib/net10.0/ImageContracts.Overlays.dll"));
        Assert.Equal(new[] { "openai-images.imagespec.yaml" }, resources);
    }

    [Fact]
    public void Bundled_spec_and_schema_are_the_repository_files()
    {
        foreach (var (entry, file) in new[]
        {
            ("buildTransitive/spec/openai-images.imagespec.yaml", "openai-images.imagespec.yaml"),
            ("buildTransitive/spec/imagespec.schema.json", "imagespec.schema.json"),
        })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_package.RepoRoot, "spec", file)), Read(entry));
        }
    }

    [Fact]
    public void Packaged_generator_references_only_what_a_roslyn_4_8_host_and_the_packed_yamldotnet_provide()
    {
        var yamlVersion = AssemblyVersion(Read("analyzers/dotnet/cs/YamlDotNet.dll"));
        var references = AssemblyReferences(Read("analyzers/dotnet/cs/ImageContracts.Generator.dll"));

        Assert.Equal(yamlVersion, Assert.Single(references, r => r.Name == "YamlDotNet").Version);
        Assert.DoesNotContain(references, r => r.Name == "ImageContracts"); // the generator must not load the runtime
        foreach (var (name, version) in references)
        {
            var ceiling = name switch
            {
                "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp" => new Version(4, 8, 0, 0),
                "System.Collections.Immutable" => new Version(7, 0, 0, 0),
                "System.Memory" => new Version(4, 0, 1, 2),
                _ => null,
            };
            Assert.True(ceiling is null || version <= ceiling, $"The generator references {name} {version}; a Roslyn 4.8 host provides {ceiling}.");
        }
    }

    private HashSet<string> Entries() => Entries(_package.NupkgPath);

    private static HashSet<string> Entries(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        return zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    }

    private static (XNamespace Ns, XDocument Nuspec) Nuspec(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(stream);
        return (nuspec.Root!.Name.Namespace, nuspec);
    }

    /// <summary>Each dependency group: its target framework (as NuGet writes it, e.g. net8.0) and its ids, sorted.</summary>
    private static List<(string Framework, List<string> Ids)> DependencyGroups(XNamespace ns, XDocument nuspec)
    {
        var groups = nuspec.Descendants(ns + "group").ToList();
        Assert.True(groups.Count == 2, "expected one dependency group per target framework:\n" + nuspec);
        return groups.Select(g => (
                ((string?)g.Attribute("targetFramework") ?? "").ToLowerInvariant(),
                g.Elements(ns + "dependency").Select(d => (string?)d.Attribute("id") ?? "").Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    private byte[] Read(string entryName) => Read(_package.NupkgPath, entryName);

    private static byte[] Read(string nupkg, string entryName)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var entry = zip.GetEntry(entryName) ?? throw new Xunit.Sdk.XunitException(entryName + " is not in the package");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Version AssemblyVersion(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        return pe.GetMetadataReader().GetAssemblyDefinition().Version;
    }

    private static List<(string Name, Version Version)> AssemblyReferences(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(h => reader.GetAssemblyReference(h))
            .Select(r => (reader.GetString(r.Name), r.Version))
            .ToList();
    }

    private static List<string> AssemblyResources(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        return reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).ToList();
    }
}
