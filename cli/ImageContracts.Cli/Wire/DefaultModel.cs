using System;
using System.Linq;

namespace ImageContracts.Cli.Wire;

/// <summary>
/// The model used when <c>--model</c> is not given. The API's own defaults (dall-e-2 for generations) are retired,
/// so the command line picks the most recently released model of the spec that serves the endpoint and is not shut
/// down today, and says which on stderr.
/// </summary>
internal static class DefaultModel
{
    public static string? For(ContractCatalog catalog, ImageEndpoint endpoint, DateOnly today) =>
        catalog.Models
            .Where(m => m.FindEndpoint(endpoint) is not null && m.Lifecycle?.IsRetiredOn(today) != true)
            .OrderByDescending(m => m.Lifecycle?.Released ?? DateOnly.MinValue)
            .Select(m => m.Id)
            .FirstOrDefault();
}
