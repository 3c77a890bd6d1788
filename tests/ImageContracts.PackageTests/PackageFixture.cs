namespace ImageContracts.PackageTests;

/// <summary>
/// Packs the four packages (runtime/ImageContracts, runtime/ImageContracts.Extensions.DependencyInjection,
/// runtime/ImageContracts.Extensions.AI, runtime/ImageContracts.Overlays) once per test run into a temp feed, with one fresh version
/// (<c>0.1.0-e2e.&lt;timestamp&gt;</c>), and gives consumers a private NUGET_PACKAGES folder so that no stale
/// extraction of an earlier pack is ever used. Everything lives under one temp folder, deleted at the end
/// (kept when IMAGECONTRACTS_KEEP_TEMP=1).
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);

    public PackageFixture()
    {
        RepoRoot = FindRepoRoot();
        // Unique per run so a stale extraction of an earlier pack is never served; not a date (no clock in tests).
        Version = "0.1.0-e2e." + Guid.NewGuid().ToString("N")[..16];
        Root = Path.Combine(Path.GetTempPath(), "imagecontracts-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        // The pack builds into its own artifacts path, so it never touches the repo's bin/ and obj/ folders (which
        // the solution build, running next to these tests, uses). It restores from the normal global packages
        // folder: that is where the YamlDotNet.dll it packs is taken from. The extension packs reuse the core build.
        var packs = new List<ToolResult>();
        var nupkgs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in PackageIds)
        {
            var pack = DotNetCli.Run(RepoRoot, PackTimeout, null,
                "pack", Path.Combine(RepoRoot, "runtime", id, id + ".csproj"),
                "-c", "Release",
                "-o", Feed,
                "--artifacts-path", Path.Combine(Root, "pack"),
                "-p:ImageContractsVersion=" + Version,
                "-nologo");
            packs.Add(pack);
            nupkgs[id] = Path.Combine(Feed, $"{id}.{Version}.nupkg");
            if (!pack.Succeeded || !File.Exists(nupkgs[id]))
            {
                // xunit does not dispose a fixture whose constructor throws: clean up here. The message has the pack log.
                Dispose();
                throw new InvalidOperationException((pack.Succeeded ? $"dotnet pack succeeded but {nupkgs[id]} is missing:\n" : $"dotnet pack of {id} failed:\n") + pack);
            }
        }

        PackResults = packs;
        Nupkgs = nupkgs;
        NupkgPath = nupkgs[CorePackage];

        // nuget.config for consumers: the temp feed, plus this machine's global packages folder (a hierarchical
        // local feed) for the package's own dependencies, which the repository's restore has already put there.
        // No remote source: restores stay hermetic and fast.
        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        NuGetConfig = Path.Combine(Root, "nuget.config");
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="imagecontracts-e2e" value="{Feed}" />
                <add key="machine-packages" value="{machinePackages}" />
              </packageSources>
            </configuration>
            """);
    }

    public string RepoRoot { get; }

    /// <summary>The version packed in this run.</summary>
    public string Version { get; }

    public string Root { get; }

    public string Feed { get; }

    /// <summary>Private global packages folder for consumer restores.</summary>
    public string Packages { get; }

    /// <summary>The core package: runtime, generator, analyzer, code fixes, bundled spec.</summary>
    public const string CorePackage = "ImageContracts";

    /// <summary>AddImageContracts (IHttpClientFactory, options, configuration, ILogger).</summary>
    public const string DependencyInjectionPackage = "ImageContracts.Extensions.DependencyInjection";

    /// <summary>The Microsoft.Extensions.AI IImageGenerator adapter.</summary>
    public const string AIPackage = "ImageContracts.Extensions.AI";

    /// <summary>Spec overlays loaded at run time (SpecOverlay), with the generator's parser.</summary>
    public const string OverlaysPackage = "ImageContracts.Overlays";

    /// <summary>Every package the repository ships, core first.</summary>
    public static readonly string[] PackageIds = { CorePackage, DependencyInjectionPackage, AIPackage, OverlaysPackage };

    /// <summary>The core package's nupkg.</summary>
    public string NupkgPath { get; }

    /// <summary>Each package id's nupkg in the feed.</summary>
    public IReadOnlyDictionary<string, string> Nupkgs { get; }

    public string NuGetConfig { get; }

    /// <summary>One pack per package, in <see cref="PackageIds"/> order.</summary>
    public IReadOnlyList<ToolResult> PackResults { get; }

    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages };

    public string ConsumerTemplate => Path.Combine(RepoRoot, "tests", "ImageContracts.PackageTests", "Consumer");

    /// <summary>Copies Consumer.csproj and Program.cs into a new folder with the temp-feed nuget.config. The project
    /// references the core package only, or also the other packages (the two extensions and the overlays) when <paramref name="withExtensions"/>.</summary>
    public string NewConsumer(string name, bool withExtensions = false)
    {
        var dir = Path.Combine(Root, "consumers", name);
        Directory.CreateDirectory(dir);
        var project = File.ReadAllText(Path.Combine(ConsumerTemplate, "Consumer.csproj"));
        if (withExtensions)
        {
            const string core = "<PackageReference Include=\"ImageContracts\" Version=\"$(ImageContractsPackageVersion)\" />";
            Assert.Contains(core, project, StringComparison.Ordinal);
            project = project.Replace(core, core
                + $"\n    <PackageReference Include=\"{DependencyInjectionPackage}\" Version=\"$(ImageContractsPackageVersion)\" />"
                + $"\n    <PackageReference Include=\"{AIPackage}\" Version=\"$(ImageContractsPackageVersion)\" />"
                + $"\n    <PackageReference Include=\"{OverlaysPackage}\" Version=\"$(ImageContractsPackageVersion)\" />", StringComparison.Ordinal);
        }

        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), project);
        File.Copy(Path.Combine(ConsumerTemplate, "Program.cs"), Path.Combine(dir, "Program.cs"));
        File.Copy(NuGetConfig, Path.Combine(dir, "nuget.config"));
        return dir;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("IMAGECONTRACTS_KEEP_TEMP") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Contracts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "ImageContracts package";
}
