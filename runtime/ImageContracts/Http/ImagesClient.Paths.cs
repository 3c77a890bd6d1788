using System;

namespace ImageContracts.Http;

// Where each endpoint lives: the spec's `path:`, carried by the catalog, not a second table here.
public sealed partial class ImagesClient
{
    /// <summary>The endpoint's path relative to the base address (which ends in <c>/v1/</c>), from the catalog's spec.</summary>
    private string PathOf(ImageEndpoint endpoint)
    {
        foreach (EndpointInfo info in _options.Catalog.Endpoints)
        {
            if (info.Endpoint == endpoint && info.Path.Length > 0)
            {
                return info.Path.TrimStart('/');
            }
        }

        throw new InvalidOperationException("The catalog in ImagesClientOptions.Catalog has no path for the " + WireValue.Endpoint(endpoint)
            + " endpoint; use a catalog built from a spec that defines it (such as BundledContracts.Catalog or one made from it with With).");
    }
}
