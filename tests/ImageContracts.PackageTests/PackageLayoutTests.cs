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
        output.WriteLine($"packed {package.NupkgPath} in {package.PackResult.Elapsed.TotalSeconds:0.0}s");
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
    public void Nuspec_lists_no_yamldotnet_roslyn_or_generator_dependency()
    {
        using var zip = ZipFile.OpenRead(_package.NupkgPath);
        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("ImageContracts", metadata.Element(ns + "id")?.Value);
        Assert.Equal(_package.Version, metadata.Element(ns + "version")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);

        var dependencies = nuspec.Descendants(ns + "dependency").Select(d => (string?)d.Attribute("id") ?? "").ToList();
        Assert.True(
            !dependencies.Any(id => id.Contains("YamlDotNet", StringComparison.OrdinalIgnoreCase)
                || id.Contains("CodeAnalysis", StringComparison.OrdinalIgnoreCase)
                || id.Contains("Generator", StringComparison.OrdinalIgnoreCase)),
            "Unexpected dependencies in the nuspec:\n" + nuspec);
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

    private HashSet<string> Entries()
    {
        using var zip = ZipFile.OpenRead(_package.NupkgPath);
        return zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    }

    private byte[] Read(string entryName)
    {
        using var zip = ZipFile.OpenRead(_package.NupkgPath);
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
}
