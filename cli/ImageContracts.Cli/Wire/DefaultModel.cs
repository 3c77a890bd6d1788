using System;
using System.Linq;
using ImageContracts.Cli.Output;

namespace ImageContracts.Cli.Wire;

/// <summary>
/// The model used when <c>--model</c> is not given. The API's own defaults (dall-e-2 for generations) are retired,
/// so the command line picks the most recently released model of the spec that serves the endpoint and is not shut
/// down today, and says which on stderr.
/// </summary>
internal static class DefaultModel
{
    public static string Choose(ContractCatalog catalog, ImageEndpoint endpoint, CliOutput output)
    {
        DateOnly today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        string name = EndpointNames.Name(endpoint);
        string model = catalog.Models
            .Where(m => m.FindEndpoint(endpoint) is not null && !m.Lifecycle.IsRetiredOn(today))
            .OrderByDescending(m => m.Lifecycle.Released ?? DateOnly.MinValue)
            .Select(m => m.Id)
            .FirstOrDefault()
            ?? throw new UsageException("No --model given, and no model of the spec that is active today serves " + name + ".");
        output.Note("No --model given: using " + model + " (the newest active model of the spec that serves " + name + ").");
        return model;
    }
}
