namespace ImageContracts.Generator.Diagnostics;

/// <summary>Where each diagnostic id is explained: its anchor in docs/diagnostics.md of the repository, as an absolute
/// URL (a package user has no docs/ folder), built from <see cref="Repository.Url"/>.</summary>
internal static class HelpLinks
{
    private const string Base = Repository.Url + "/blob/main/docs/diagnostics.md#";

    public static string For(string id) => Base + id.ToLowerInvariant();
}
