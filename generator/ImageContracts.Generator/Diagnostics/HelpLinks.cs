namespace ImageContracts.Generator.Diagnostics;

/// <summary>Where each diagnostic id is explained: one section per id in docs/diagnostics.md.</summary>
internal static class HelpLinks
{
    private const string Base = "docs/diagnostics.md#";

    public static string For(string id) => Base + id.ToLowerInvariant();
}
