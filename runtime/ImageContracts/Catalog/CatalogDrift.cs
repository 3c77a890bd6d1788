using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImageContracts.Http;

namespace ImageContracts;

/// <summary>
/// Compares what <c>GET /models</c> says (<see cref="ImagesClient.ListModelsAsync"/>) with the spec: image models the
/// API serves that the spec lacks, shutdown dates that differ, models the spec thinks live that the API no longer lists,
/// and models the spec retired that the API still serves. What a maintainer runs to know the spec must change.
/// </summary>
/// <remarks>Image models are recognised by the spec's own id prefixes (<see cref="ImageModelPrefixes"/>), so a new
/// family member such as <c>gpt-image-3</c> is caught without a code change. Ids and aliases both resolve to the spec's
/// model; each listed id is compared on its own, so a snapshot with a different date is reported under its own id.</remarks>
public sealed class CatalogDrift
{
    private CatalogDrift(DateOnly today, IReadOnlyList<DriftFinding> findings)
    {
        Today = today;
        Findings = findings;
    }

    /// <summary>The date "live" and "retired" were judged on.</summary>
    public DateOnly Today { get; }

    /// <summary>Every difference, grouped by kind in <see cref="DriftKind"/> order, then by model id.</summary>
    public IReadOnlyList<DriftFinding> Findings { get; }

    /// <summary>True when the spec needs a change.</summary>
    public bool HasDrift => Findings.Count > 0;

    /// <summary>Compares on the date given by <paramref name="time"/> (UTC).</summary>
    /// <param name="apiModels">The API's list.</param>
    /// <param name="catalog">The spec's catalog, e.g. the generated <c>ImageContract.Catalog</c>.</param>
    /// <param name="time">The clock; tests pass a fake one.</param>
    public static CatalogDrift Compare(IReadOnlyList<ApiModel> apiModels, ContractCatalog catalog, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Compare(apiModels, catalog, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }

    /// <summary>Compares the API's list with the catalog.</summary>
    /// <param name="apiModels">The API's list.</param>
    /// <param name="catalog">The spec's catalog.</param>
    /// <param name="today">The date for judging which models are live.</param>
    public static CatalogDrift Compare(IReadOnlyList<ApiModel> apiModels, ContractCatalog catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(apiModels);
        ArgumentNullException.ThrowIfNull(catalog);
        IReadOnlyList<string> prefixes = ImageModelPrefixes(catalog);
        var findings = new List<DriftFinding>();
        var listed = new HashSet<string>(apiModels.Select(m => m.Id), StringComparer.Ordinal);

        foreach (ApiModel api in apiModels.Where(m => prefixes.Any(p => m.Id.StartsWith(p, StringComparison.Ordinal))))
        {
            ModelContract? spec = catalog.Find(api.Id);
            if (spec is null)
            {
                findings.Add(new DriftFinding(DriftKind.NotInSpec, api.Id, null, null, api.ShutdownDate,
                    $"The API serves {api.Id} (created {Day(api.Created)}, shutdown {Day(api.ShutdownDate)}) but the spec does not describe it: add it to models: (or as an alias of the model it snapshots)."));
                continue;
            }

            DateOnly? specShutdown = spec.Lifecycle.Shutdown;
            string name = api.Id == spec.Id ? spec.Id : api.Id + " (alias of " + spec.Id + ")";
            if (specShutdown != api.ShutdownDate)
            {
                findings.Add(new DriftFinding(DriftKind.ShutdownDiffers, api.Id, spec.Id, specShutdown, api.ShutdownDate,
                    $"{name}: the spec's shutdown is {Day(specShutdown)}, the API's shutdown_date is {Day(api.ShutdownDate)}."));
            }

            if (spec.Lifecycle.IsRetiredOn(today))
            {
                findings.Add(new DriftFinding(DriftKind.ServedAfterShutdown, api.Id, spec.Id, specShutdown, api.ShutdownDate,
                    $"{name}: the spec says it was shut down on {Day(specShutdown)}, but the API still lists it."));
            }
        }

        foreach (ModelContract spec in catalog.Models.Where(m => !m.Lifecycle.IsRetiredOn(today)))
        {
            if (!listed.Contains(spec.Id) && !spec.Aliases.Any(listed.Contains))
            {
                findings.Add(new DriftFinding(DriftKind.MissingFromApi, spec.Id, spec.Id, spec.Lifecycle.Shutdown, null,
                    $"The spec thinks {spec.Id} is live on {Day(today)}, but the API lists neither it nor an alias: record its shutdown, or check the key's access."));
            }
        }

        return new CatalogDrift(today, findings.OrderBy(f => f.Kind).ThenBy(f => f.ModelId, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The id prefixes that mark an image model, derived from the spec's ids and aliases: each id up to the
    /// dash before its first digit (<c>gpt-image-2.5-flare</c> → <c>gpt-image-</c>, <c>dall-e-3</c> → <c>dall-e-</c>), or
    /// up to its last dash when it has no digit (<c>chatgpt-image-latest</c> → <c>chatgpt-image-</c>).</summary>
    /// <param name="catalog">The catalog.</param>
    public static IReadOnlyList<string> ImageModelPrefixes(ContractCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Models
            .SelectMany(m => m.Aliases.Prepend(m.Id))
            .Select(PrefixOf)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
    }

    private static string PrefixOf(string id)
    {
        int digit = id.IndexOfAny("0123456789".ToCharArray());
        int dash = digit < 0 ? id.LastIndexOf('-') : id.LastIndexOf('-', Math.Max(digit - 1, 0));
        return dash <= 0 ? string.Empty : id.Substring(0, dash + 1);
    }

    /// <summary>A report with one line per finding, or a line saying the spec matches.</summary>
    public override string ToString() => Findings.Count == 0
        ? "The spec matches the API's model list on " + Day(Today) + "."
        : string.Join(Environment.NewLine, Findings.Select(f => f.ToString()));

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none announced";

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
