using System;

namespace ImageContracts.Overlays;

/// <summary>Puts a <see cref="SpecOverlay"/>'s models into a catalog.</summary>
public static class SpecOverlayCatalogExtensions
{
    /// <summary>A new catalog with the overlay's models added, or replacing the catalog's model of the same id
    /// (<see cref="ContractCatalog.With(System.Collections.Generic.IEnumerable{ModelContract})"/>).</summary>
    /// <param name="catalog">The catalog, usually <c>ImageContract.Catalog</c>.</param>
    /// <param name="overlay">The overlay, from <see cref="SpecOverlay.Load(string, System.Threading.CancellationToken)"/> or <see cref="SpecOverlay.Parse"/>.</param>
    /// <returns>The new catalog.</returns>
    public static ContractCatalog With(this ContractCatalog catalog, SpecOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(overlay);
        return catalog.With(overlay.Models);
    }
}
