namespace ImageContracts.PackageTests;

/// <summary>
/// Packs runtime/ImageContracts once per test run into a temp feed, with a fresh version
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
        // folder: that is where the YamlDotNet.dll it packs is taken from.
        PackResult = DotNetCli.Run(RepoRoot, PackTimeout, null,
            "pack", Path.Combine(RepoRoot, "runtime", "ImageContracts", "ImageContracts.csproj"),
            "-c", "Release",
            "-o", Feed,
            "--artifacts-path", Path.Combine(Root, "pack"),
            "-p:ImageContractsVersion=" + Version,
            "-nologo");
        NupkgPath = Path.Combine(Feed, $"ImageContracts.{Version}.nupkg");
        if (!PackResult.Succeeded || !File.Exists(NupkgPath))
        {
            // xunit does not dispose a fixture whose constructor throws: clean up here. The message has the pack log.
            Dispose();
            throw new InvalidOperationException((PackResult.Succeeded ? $"dotnet pack succeeded but {NupkgPath} is missing:\n" : "dotnet pack failed:\n") + PackResult);
        }

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

    public string NupkgPath { get; }

    public string NuGetConfig { get; }

    public ToolResult PackResult { get; }

    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages };

    public string ConsumerTemplate => Path.Combine(RepoRoot, "tests", "ImageContracts.PackageTests", "Consumer");

    /// <summary>Copies Consumer.csproj and Program.cs into a new folder with the temp-feed nuget.config.</summary>
    public string NewConsumer(string name)
    {
        var dir = Path.Combine(Root, "consumers", name);
        Directory.CreateDirectory(dir);
        File.Copy(Path.Combine(ConsumerTemplate, "Consumer.csproj"), Path.Combine(dir, "Consumer.csproj"));
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
