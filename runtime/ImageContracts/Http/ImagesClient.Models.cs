using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

public sealed partial class ImagesClient
{
    private const string ModelsPath = "models";

    /// <summary><c>GET /models</c>: every model the API serves to this key, with its announced shutdown date (for
    /// <see cref="CatalogDrift.Compare(IReadOnlyList{ApiModel}, ContractCatalog, DateOnly)"/>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The models in the order the API lists them.</returns>
    /// <exception cref="ImageApiException">The API answered with an error.</exception>
    /// <exception cref="ImageConnectionException">The server could not be reached, or timed out, on every attempt.</exception>
    /// <exception cref="ImageResponseException">The response is not a model list.</exception>
    public async Task<IReadOnlyList<ApiModel>> ListModelsAsync(CancellationToken cancellationToken = default)
    {
        using RequestSpec spec = RequestSpec.Get(ModelsPath, "list models");
        using System.Diagnostics.Activity? activity = StartActivity("list_models", "", spec);
        try
        {
            var result = await ExecuteAsync(spec, ReadModelsAsync, keepOpen: false, cancellationToken).ConfigureAwait(false);
            return result.Value;
        }
        catch (Exception ex) when (activity is not null)
        {
            ImagesTelemetry.Failed(activity, ex);
            throw;
        }
    }

    private async Task<IReadOnlyList<ApiModel>> ReadModelsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using PooledBuffer body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            return ModelListReader.Parse(body.WrittenSpan);
        }
        catch (JsonException ex)
        {
            throw new ImageResponseException("The model list response is not valid: " + ex.Message, response.StatusCode, ex) { RequestId = RequestIdOf(response) };
        }
    }
}
