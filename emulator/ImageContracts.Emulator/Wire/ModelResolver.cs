using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts.Emulator;

/// <summary>Finds the model a call names (or the endpoint's default from the spec) and answers as the API does when
/// it cannot be served: 404 <c>model_not_found</c> for an unknown id or a model past its shutdown date (by the
/// emulator's clock), 400 <c>invalid_value</c> on <c>model</c> when the model does not serve the endpoint.</summary>
internal static class ModelResolver
{
    public static ModelContract? Resolve(EmulatorState state, ImageEndpoint endpoint, string? modelId, IReadOnlyDictionary<string, object?> values, out EmulatorReply? error)
    {
        error = null;
        modelId ??= DefaultModel(state.Catalog, endpoint, values);
        if (modelId is null)
        {
            error = ApiErrors.BadRequest("Missing required parameter: 'model'.", "model", "missing_required_parameter");
            return null;
        }

        ModelContract? model = state.Catalog.Find(modelId);
        if (model is null || model.Lifecycle.IsRetiredOn(state.Today))
        {
            error = ApiErrors.ModelNotFound(modelId);
            return null;
        }

        if (model.FindEndpoint(endpoint) is null)
        {
            IEnumerable<string> serving = state.Catalog.Models
                .Where(m => m.FindEndpoint(endpoint) is not null && !m.Lifecycle.IsRetiredOn(state.Today))
                .Select(m => "'" + m.Id + "'");
            error = ApiErrors.BadRequest($"Invalid value: '{modelId}'. The model does not support this endpoint; models that do: {string.Join(", ", serving)}.", "model", "invalid_value");
            return null;
        }

        return model;
    }

    /// <summary>The spec's default for the endpoint; on generations a parameter the plain default lacks selects the
    /// GPT-image default, as <see cref="ContractCatalog"/> resolves it.</summary>
    private static string? DefaultModel(ContractCatalog catalog, ImageEndpoint endpoint, IReadOnlyDictionary<string, object?> values)
    {
        EndpointInfo? info = catalog.Endpoints.FirstOrDefault(e => e.Endpoint == endpoint);
        if (info?.DefaultModelWithGptParameters is { } gpt && info.DefaultModel is { } plain
            && catalog.Find(plain)?.FindEndpoint(endpoint) is { } plainContract
            && values.Keys.Any(k => k != "model" && plainContract.FindParameter(k) is null))
        {
            return gpt;
        }

        return info?.DefaultModel;
    }
}
