using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts;

/// <summary>
/// All model contracts of a spec, for code that names the endpoint and model at run time. Resolves
/// endpoint names and default models the way the API does, then hands the contract to
/// <see cref="ContractValidator"/> or <see cref="CostCalculator"/>.
/// </summary>
public sealed partial class ContractCatalog
{
    private readonly Dictionary<string, ModelContract> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<ImageEndpoint, EndpointContract?> _universal = new();

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
    /// <param name="options">The clock and severities for lifecycle checks, and what a model the spec does not know is
    /// (<see cref="ValidationOptions.UnknownModels"/>: by default a warning, and the call is checked against
    /// <see cref="UniversalContract"/>); default <see cref="ValidationOptions.Default"/>.</param>
    public ValidationResult Validate(string endpoint, string? model, IReadOnlyDictionary<string, object?> parameters, ValidationOptions? options = null)
        => CheckResolved(Resolve(endpoint, model, parameters), options);

    /// <summary>Validates a call for an endpoint named by its enum value: no guess between the two edit forms.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="model">The model id; for <see cref="ImageEndpoint.Responses"/>, the host model, with the image model in <paramref name="parameters"/>["model"].</param>
    /// <param name="parameters">Wire names to values as JSON would carry them; files as <c>byte[]</c> or a list of them.</param>
    /// <param name="options">As for <see cref="Validate(string, string?, IReadOnlyDictionary{string, object?}, ValidationOptions?)"/>.</param>
    public ValidationResult Validate(ImageEndpoint endpoint, string? model, IReadOnlyDictionary<string, object?> parameters, ValidationOptions? options = null)
        => CheckResolved(Resolve(endpoint, model, parameters), options);

    private ValidationResult CheckResolved(Resolution call, ValidationOptions? options)
    {
        if (call.Endpoint is null)
        {
            return new ValidationResult(call.HostModel is null ? call.Findings
                : call.Findings.Concat(ValidationRun.HostFindings(call.HostModel, HostModels, options ?? ValidationOptions.Default)));
        }

        ValidationResult result = ContractValidator.Validate(call.Endpoint, call.Values, call.Contract?.Lifecycle, call.HostModel, call.HostModel is null ? null : HostModels, options);
        result = call.Findings.Count == 0 ? result : new ValidationResult(call.Findings.Concat(result.All));
        return UnknownModels.Apply(result, (options ?? ValidationOptions.Default).UnknownModels);
    }

    /// <summary>The contract a model the spec does not know is checked against on <paramref name="endpoint"/>: every
    /// parameter some known model of the endpoint has, with the widest range among them, required only when all
    /// require it; no value lists, rules or file limits (new models change those). Null when no model serves the endpoint.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public EndpointContract? UniversalContract(ImageEndpoint endpoint)
    {
        lock (_universal)
        {
            if (!_universal.TryGetValue(endpoint, out EndpointContract? contract))
            {
                contract = ImageContracts.UniversalContract.Build(endpoint, Models);
                _universal[endpoint] = contract;
            }

            return contract;
        }
    }

    /// <summary>Estimates the cost of a call given by wire names. For a model the spec does not know, the estimate says
    /// its prices are unknown (<see cref="CostEstimate.IsOpenEnded"/>, with a <see cref="CostEstimate.Note"/>).</summary>
    /// <exception cref="ArgumentException">The endpoint is unknown, no model is given and there is no default, or the model does not serve the endpoint.</exception>
    public CostEstimate EstimateCost(string endpoint, string? model, IReadOnlyDictionary<string, object?> parameters, int? promptTokens = null)
        => Estimate(Resolve(endpoint, model, parameters), promptTokens);

    /// <summary>Estimates the cost of a call for an endpoint named by its enum value (no guess between the two edit forms).</summary>
    /// <exception cref="ArgumentException">The spec does not define the endpoint, no model is given and there is no default, or the model does not serve the endpoint.</exception>
    public CostEstimate EstimateCost(ImageEndpoint endpoint, string? model, IReadOnlyDictionary<string, object?> parameters, int? promptTokens = null)
        => Estimate(Resolve(endpoint, model, parameters), promptTokens);

    private static CostEstimate Estimate(Resolution call, int? promptTokens)
    {
        if (call.Endpoint is null)
        {
            throw new ArgumentException(string.Join(" ", call.Findings.Select(f => f.Message)), call.Findings[0].Parameter == "endpoint" ? "endpoint" : "model");
        }

        return Price(call, promptTokens)!;
    }

    /// <summary>The estimate of a resolved call; null when it could not be resolved to an endpoint contract.</summary>
    private static CostEstimate? Price(Resolution call, int? promptTokens) =>
        call.Endpoint is null ? null
        : call.Contract is null ? CostCalculator.PricesUnknown(call.Endpoint.Model, "the spec does not know this model")
        : CostCalculator.Estimate(call.Contract, call.Endpoint, call.Values, promptTokens);

    private Resolution Resolve(string endpoint, string? model, IReadOnlyDictionary<string, object?> parameters, bool jsonBody = false)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(parameters);
        return Resolve(FindEndpoint(endpoint, parameters, jsonBody), endpoint, model, parameters);
    }

    private Resolution Resolve(ImageEndpoint endpoint, string? model, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Resolve(Endpoints.FirstOrDefault(e => e.Endpoint == endpoint), WireValue.Endpoint(endpoint), model, parameters);
    }

    /// <summary>Resolves a call to its model and endpoint contract; <paramref name="endpoint"/> names the endpoint asked for in messages.</summary>
    private Resolution Resolve(EndpointInfo? info, string endpoint, string? model, IReadOnlyDictionary<string, object?> parameters)
    {
        var findings = new List<ValidationFinding>();
        if (info is null)
        {
            string names = string.Join(", ", Endpoints.Select(e => e.Name).Distinct());
            findings.Add(new ValidationFinding("endpoint", ValidationCodes.UnknownEndpoint, $"Unknown endpoint '{endpoint}'. Known endpoints: {names}.", RuleSeverity.Error));
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
                findings.Add(new ValidationFinding("type", ValidationCodes.ValueNotAllowed, $"The tool's type must be 'image_generation', not '{type}'.", RuleSeverity.Error));
            }
        }
        else
        {
            imageModel = model ?? (values.TryGetValue("model", out object? given) ? given as string : null);
            values.Remove("model");
        }

        if (imageModel is null)
        {
            if (info.ExplicitModel)
            {
                findings.Add(new ValidationFinding("model", ValidationCodes.ModelNotSpecified,
                    $"No model given: the API reference asks to name the model explicitly for {info.Name}, and which model the API would use is not documented. Name a model (see ImageContract.Models) to have the request checked against its contract.", RuleSeverity.Warning));
            }

            imageModel = DefaultModel(info, values);
            if (imageModel is null)
            {
                if (!info.ExplicitModel)
                {
                    findings.Add(new ValidationFinding("model", ValidationCodes.MissingRequired, $"No model given and the spec records no default for {info.Name}.", RuleSeverity.Error));
                }

                return new Resolution(findings, null, null, values, hostModel);
            }

            findings.Add(new ValidationFinding("model", ValidationCodes.ModelDefaulted,
                $"No model given: the API uses {imageModel} for {info.Name}. Name the model to make the request independent of API defaults.", RuleSeverity.Warning));
        }

        ModelContract? contract = Find(imageModel);
        if (contract is null)
        {
            string known = string.Join(", ", Serving(info.Endpoint));
            if (UniversalContract(info.Endpoint) is not { } universal)
            {
                findings.Add(new ValidationFinding("model", ValidationCodes.UnknownModel,
                    $"Unknown model '{imageModel}' and no model the spec knows serves {info.Name}.", RuleSeverity.Error));
                return new Resolution(findings, null, null, values, hostModel);
            }

            // A model newer than the spec: warn, and check what holds for every model of the endpoint.
            findings.Add(new ValidationFinding("model", ValidationCodes.UnknownModel,
                $"Model '{imageModel}' is not in the spec (models it knows for {info.Name}: {known}); only the checks every {info.Name} model shares are applied. Add the model with a spec overlay to get its contract.", RuleSeverity.Warning));
            return new Resolution(findings, null, ImageContracts.UniversalContract.For(universal, imageModel), values, hostModel);
        }

        EndpointContract? endpointContract = contract.FindEndpoint(info.Endpoint);
        if (endpointContract is null)
        {
            string served = string.Join(", ", contract.Endpoints.Select(e => Endpoints.FirstOrDefault(i => i.Endpoint == e.Endpoint)?.Name ?? e.Endpoint.ToString()).Distinct());
            findings.Add(new ValidationFinding("model", ValidationCodes.EndpointNotSupported,
                $"{contract.Id} does not serve {info.Name}{FormHint(info)}; it serves: {served}. Models that serve {info.Name}: {string.Join(", ", Serving(info.Endpoint))}.", RuleSeverity.Error));
            return new Resolution(findings, null, null, values, hostModel);
        }

        return new Resolution(findings, contract, endpointContract, values, hostModel);
    }

    /// <summary>Edits have two wire forms: multipart files (<c>image</c>) and JSON references (<c>images</c>). Without
    /// <c>image</c>, the JSON form is chosen when <c>images</c> is given or any value is an <see cref="ImageReference"/>
    /// or a JSON reference object (<c>{"image_url": ...}</c>, <c>{"file_id": ...}</c>), e.g. a JSON edit's <c>mask</c> given without its images.</summary>
    private EndpointInfo? FindEndpoint(string name, IReadOnlyDictionary<string, object?> parameters, bool jsonBody)
    {
        List<EndpointInfo> matches = Endpoints.Where(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count <= 1)
        {
            return matches.FirstOrDefault();
        }

        bool json = jsonBody || EditForm.IsJson(parameters.ContainsKey("image"), parameters.ContainsKey("images"), parameters.Values.Any(JsonReference.IsReferenceLike)) == true;
        return matches.FirstOrDefault(e => (e.Endpoint == ImageEndpoint.JsonEdits) == json) ?? matches[0];
    }

    private static string FormHint(EndpointInfo info) => info.Endpoint == ImageEndpoint.JsonEdits ? " (JSON form)" : string.Empty;

    private IEnumerable<string> Serving(ImageEndpoint endpoint)
        => Models.Where(m => m.FindEndpoint(endpoint) is not null).Select(m => m.Id);

    /// <summary>The API's default; on generations a GPT-image-only parameter switches it to a GPT image model.</summary>
    private string? DefaultModel(EndpointInfo info, IReadOnlyDictionary<string, object?> values)
    {
        EndpointContract? plain = info.DefaultModel is { } plainDefault ? Find(plainDefault)?.FindEndpoint(info.Endpoint) : null;
        return DefaultModelChoice.For(info.DefaultModel, info.DefaultModelWithGptParameters, values.Keys,
            plain is null ? null : key => plain.FindParameter(key) is not null,
            key => Models.Any(m => m.Family == "gpt-image" && m.FindEndpoint(info.Endpoint)?.FindParameter(key) is not null));
    }

    private sealed record Resolution(List<ValidationFinding> Findings, ModelContract? Contract, EndpointContract? Endpoint, IReadOnlyDictionary<string, object?> Values, string? HostModel);
}
