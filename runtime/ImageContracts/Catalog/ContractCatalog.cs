using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts;

/// <summary>
/// All model contracts of a spec, for code that names the endpoint and model at run time. Resolves
/// endpoint names and default models the way the API does, then hands the contract to
/// <see cref="ContractValidator"/> or <see cref="CostCalculator"/>.
/// </summary>
public sealed class ContractCatalog
{
    private readonly Dictionary<string, ModelContract> _byId = new(StringComparer.Ordinal);

    /// <summary>Creates a catalog; the generated <c>ImageContract</c> class holds the one for the spec.</summary>
    public ContractCatalog(IReadOnlyList<ModelContract> models, HostModelPolicy hostModels, IReadOnlyList<EndpointInfo> endpoints)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(hostModels);
        ArgumentNullException.ThrowIfNull(endpoints);
        Models = models;
        HostModels = hostModels;
        Endpoints = endpoints;
        foreach (ModelContract model in models)
        {
            _byId[model.Id] = model;
            foreach (string alias in model.Aliases)
            {
                _byId.TryAdd(alias, model);
            }
        }
    }

    /// <summary>Every model, in spec order.</summary>
    public IReadOnlyList<ModelContract> Models { get; }

    /// <summary>Which mainline models may host the Responses API image tool.</summary>
    public HostModelPolicy HostModels { get; }

    /// <summary>The endpoints the spec defines.</summary>
    public IReadOnlyList<EndpointInfo> Endpoints { get; }

    /// <summary>The Batch API discount the spec records (its top-level <c>batch:</c>), or null when it records none.</summary>
    public BatchPricing? Batch { get; init; }

    /// <summary>The model with this id or alias, or null.</summary>
    public ModelContract? Find(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return _byId.GetValueOrDefault(model);
    }

    /// <summary>Validates a call given by wire names.</summary>
    /// <param name="endpoint"><c>generations</c>, <c>edits</c>, <c>variations</c> or <c>responses</c>.</param>
    /// <param name="model">The model id; for <c>responses</c>, the host model, with the image model in <paramref name="parameters"/>["model"].</param>
    /// <param name="parameters">Wire names to values as JSON would carry them; files as <c>byte[]</c> or a list of them.</param>
    /// <param name="options">The clock and severities for lifecycle checks; default <see cref="ValidationOptions.Default"/>.</param>
    public ValidationResult Validate(string endpoint, string? model, IReadOnlyDictionary<string, object?> parameters, ValidationOptions? options = null)
    {
        Resolution call = Resolve(endpoint, model, parameters);
        if (call.Contract is null)
        {
            return new ValidationResult(call.Findings);
        }

        ValidationResult result = ContractValidator.Validate(call.Endpoint!, call.Values, call.Contract.Lifecycle, call.HostModel, call.HostModel is null ? null : HostModels, options);
        return call.Findings.Count == 0 ? result : new ValidationResult(call.Findings.Concat(result.All));
    }

    /// <summary>Estimates the cost of a call given by wire names.</summary>
    /// <exception cref="ArgumentException">The endpoint or model is unknown, or the model does not serve the endpoint.</exception>
    public CostEstimate EstimateCost(string endpoint, string? model, IReadOnlyDictionary<string, object?> parameters, int? promptTokens = null)
    {
        Resolution call = Resolve(endpoint, model, parameters);
        if (call.Contract is null)
        {
            throw new ArgumentException(string.Join(" ", call.Findings.Select(f => f.Message)), call.Findings[0].Parameter == "endpoint" ? nameof(endpoint) : nameof(model));
        }

        return CostCalculator.Estimate(call.Contract, call.Endpoint!, call.Values, promptTokens);
    }

    private Resolution Resolve(string endpoint, string? model, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(parameters);
        var findings = new List<ValidationError>();
        EndpointInfo? info = FindEndpoint(endpoint, parameters);
        if (info is null)
        {
            string names = string.Join(", ", Endpoints.Select(e => e.Name).Distinct());
            findings.Add(new ValidationError("endpoint", ValidationCodes.UnknownEndpoint, $"Unknown endpoint '{endpoint}'. Known endpoints: {names}.", RuleSeverity.Error));
            return new Resolution(findings, null, null, parameters, null);
        }

        var values = new Dictionary<string, object?>(parameters, StringComparer.Ordinal);
        string? hostModel = null;
        string? imageModel;
        if (info.Endpoint == ImageEndpoint.Responses)
        {
            hostModel = model;
            imageModel = values.Remove("model", out object? toolModel) ? toolModel as string : null;
            if (values.Remove("type", out object? type) && !string.Equals(type as string, "image_generation", StringComparison.Ordinal))
            {
                findings.Add(new ValidationError("type", ValidationCodes.ValueNotAllowed, $"The tool's type must be 'image_generation', not '{type}'.", RuleSeverity.Error));
            }
        }
        else
        {
            imageModel = model ?? (values.TryGetValue("model", out object? given) ? given as string : null);
            values.Remove("model");
        }

        if (imageModel is null)
        {
            imageModel = DefaultModel(info, values);
            if (imageModel is null)
            {
                findings.Add(new ValidationError("model", ValidationCodes.MissingRequired, $"No model given and the spec records no default for {info.Name}.", RuleSeverity.Error));
                return new Resolution(findings, null, null, values, hostModel);
            }

            findings.Add(new ValidationError("model", ValidationCodes.ModelDefaulted,
                $"No model given: the API uses {imageModel} for {info.Name}. Name the model to make the request independent of API defaults.", RuleSeverity.Warning));
        }

        ModelContract? contract = Find(imageModel);
        if (contract is null)
        {
            findings.Add(new ValidationError("model", ValidationCodes.UnknownModel,
                $"Unknown model '{imageModel}'. Models the spec knows for {info.Name}: {string.Join(", ", Serving(info.Endpoint))}.", RuleSeverity.Error));
            return new Resolution(findings, null, null, values, hostModel);
        }

        EndpointContract? endpointContract = contract.FindEndpoint(info.Endpoint);
        if (endpointContract is null)
        {
            string served = string.Join(", ", contract.Endpoints.Select(e => Endpoints.FirstOrDefault(i => i.Endpoint == e.Endpoint)?.Name ?? e.Endpoint.ToString()).Distinct());
            findings.Add(new ValidationError("model", ValidationCodes.EndpointNotSupported,
                $"{contract.Id} does not serve {info.Name}{FormHint(info)}; it serves: {served}. Models that serve {info.Name}: {string.Join(", ", Serving(info.Endpoint))}.", RuleSeverity.Error));
            return new Resolution(findings, null, null, values, hostModel);
        }

        return new Resolution(findings, contract, endpointContract, values, hostModel);
    }

    /// <summary>Edits have two wire forms: multipart files (<c>image</c>) and JSON references (<c>images</c>). Without
    /// <c>image</c>, the JSON form is chosen when <c>images</c> is given or any value is an <see cref="ImageReference"/>
    /// (e.g. a JSON edit's <c>mask</c> given without its images).</summary>
    private EndpointInfo? FindEndpoint(string name, IReadOnlyDictionary<string, object?> parameters)
    {
        List<EndpointInfo> matches = Endpoints.Where(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count <= 1)
        {
            return matches.FirstOrDefault();
        }

        bool json = !parameters.ContainsKey("image")
            && (parameters.ContainsKey("images") || parameters.Values.Any(v => v is ImageReference or IEnumerable<ImageReference>));
        return matches.FirstOrDefault(e => (e.Endpoint == ImageEndpoint.JsonEdits) == json) ?? matches[0];
    }

    private static string FormHint(EndpointInfo info) => info.Endpoint == ImageEndpoint.JsonEdits ? " (JSON form)" : string.Empty;

    private IEnumerable<string> Serving(ImageEndpoint endpoint)
        => Models.Where(m => m.FindEndpoint(endpoint) is not null).Select(m => m.Id);

    /// <summary>The API's default; on generations a GPT-image-only parameter switches it to a GPT image model.</summary>
    private string? DefaultModel(EndpointInfo info, IReadOnlyDictionary<string, object?> values)
    {
        if (info.DefaultModelWithGptParameters is { } gptDefault && info.DefaultModel is { } plainDefault
            && Find(plainDefault)?.FindEndpoint(info.Endpoint) is { } plain)
        {
            bool gptOnly = values.Keys.Any(key => plain.FindParameter(key) is null
                && Models.Any(m => m.Family == "gpt-image" && m.FindEndpoint(info.Endpoint)?.FindParameter(key) is not null));
            return gptOnly ? gptDefault : plainDefault;
        }

        return info.DefaultModel;
    }

    private sealed record Resolution(List<ValidationError> Findings, ModelContract? Contract, EndpointContract? Endpoint, IReadOnlyDictionary<string, object?> Values, string? HostModel);
}
