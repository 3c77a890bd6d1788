namespace ImageContracts.Generator.Tests;

/// <summary>Finds the repository by walking up to Contracts.sln (CallerFilePath is unreliable in deterministic builds).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Snapshots => Path.Combine(Root, "tests", "ImageContracts.Generator.Tests", "Snapshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Contracts.sln")) || Directory.Exists(Path.Combine(dir.FullName, "spec")) && Directory.Exists(Path.Combine(dir.FullName, "generator")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root above " + AppContext.BaseDirectory);
    }
}
