using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts;

/// <summary>
/// Validates request values against an <see cref="EndpointContract"/>. Typed requests, loose requests and the
/// dictionary entry point all call this one engine.
/// </summary>
/// <remarks>
/// <para>Values are keyed by wire name. Accepted .NET types: <see cref="string"/>; <see cref="int"/>,
/// <see cref="long"/> and other integer types, and integral <see cref="double"/>/<see cref="decimal"/> values (JSON-like);
/// <see cref="bool"/>; <see cref="byte"/>[], <see cref="ReadOnlyMemory{T}"/> of bytes, <see cref="ImageFile"/> and
/// <see cref="ImageReference"/>, and sequences of the file/reference kinds for lists; scalar
/// <see cref="System.Text.Json.JsonElement"/>s. A null value (or JSON null) means "not given". The key <c>model</c>
/// is ignored unless the endpoint declares it as a parameter (the model is chosen by the contract).</para>
/// <para>Checks run in this order and all findings are collected: unknown parameters, rejected parameters,
/// missing required parameters, value types, allowed values, preview/deprecated values, integer ranges, string
/// lengths (in UTF-16 code units, i.e. <see cref="string.Length"/>), sizes, files, rules, relation rules,
/// unconfirmed support, model lifecycle, Responses host model (and its lifecycle).</para>
/// <para>Lifecycle is judged on the day <see cref="ValidationOptions.TimeProvider"/> gives: shut down by then is
/// <c>model_retired</c> (a warning unless <see cref="ValidationOptions.RetiredModelSeverity"/> says error), a later
/// announced shutdown is a <c>model_deprecated</c> warning.</para>
/// </remarks>
public static class ContractValidator
{
    /// <summary>Validates <paramref name="values"/> against one endpoint contract.</summary>
    /// <param name="endpoint">The model's contract for the endpoint.</param>
    /// <param name="values">The request values by wire name.</param>
    /// <param name="lifecycle">The model's lifecycle, judged on the day <paramref name="options"/> gives.</param>
    /// <param name="hostModel">For the Responses tool: the mainline model that hosts the tool.</param>
    /// <param name="hosts">The host-model policy used to check <paramref name="hostModel"/> (required for that check).</param>
    /// <param name="options">The clock and the severity of a retired model; default <see cref="ValidationOptions.Default"/>.</param>
    /// <returns>The errors and warnings.</returns>
    public static ValidationResult Validate(
        EndpointContract endpoint,
        IReadOnlyDictionary<string, object?> values,
        ModelLifecycle? lifecycle = null,
        string? hostModel = null,
        HostModelPolicy? hosts = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(values);
        options ??= ValidationOptions.Default;
        IReadOnlyDictionary<string, object?> sent = options.AddedParameters is { Count: > 0 } added ? RequestParameters.With(values, added) : values;
        return new ValidationRun(endpoint, ValueReader.Given(NestedParameters.Flatten(endpoint, sent))).Execute(lifecycle, hostModel, hosts, options);
    }

    /// <summary>Validates <paramref name="values"/> for <paramref name="model"/> on <paramref name="endpoint"/>; reports
    /// <c>endpoint_not_supported</c> when the model does not serve it, and uses the model's lifecycle.</summary>
    /// <param name="model">The model contract.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="values">The request values by wire name.</param>
    /// <param name="hostModel">For the Responses tool: the mainline host model.</param>
    /// <param name="hosts">The host-model policy.</param>
    /// <param name="options">The clock and the severity of a retired model; default <see cref="ValidationOptions.Default"/>.</param>
    /// <returns>The errors and warnings.</returns>
    public static ValidationResult Validate(
        ModelContract model,
        ImageEndpoint endpoint,
        IReadOnlyDictionary<string, object?> values,
        string? hostModel = null,
        HostModelPolicy? hosts = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(values);
        EndpointContract? contract = model.FindEndpoint(endpoint);
        if (contract is null)
        {
            string served = model.Endpoints.Count == 0
                ? "none"
                : string.Join(", ", model.Endpoints.Select(e => WireValue.Endpoint(e.Endpoint)));
            return new ValidationResult(new[]
            {
                new ValidationFinding(
                    null,
                    ValidationCodes.EndpointNotSupported,
                    model.Id + " does not support the " + WireValue.Endpoint(endpoint) + " endpoint. Supported: " + served + ".",
                    RuleSeverity.Error),
            });
        }

        return Validate(contract, values, model.Lifecycle, hostModel, hosts, options);
    }
}
