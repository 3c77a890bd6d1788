using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>Estimates request costs from a model's <see cref="PricingContract"/>, and computes actual costs from usage.</summary>
/// <remarks>
/// <para>Token-priced models (token prices plus an output-token table, e.g. gpt-image-1): output image tokens come from
/// the (quality, size) table; <c>auto</c> or a value missing from the table gives a range over the table. Partial
/// images add <see cref="PricingContract.PartialImageTokens"/> per partial per image (exact when <c>stream</c> is true,
/// else a 0..N range). Input text uses <c>promptTokens</c> when given, else ceil(chars/4)..UTF-8 bytes. Input images
/// (not masks) use <see cref="InputImageTokenRule"/>. USD = text × TextInput + image input × ImageInput +
/// (output + partial) × ImageOutput, per 1M tokens; output parts are multiplied by <c>n</c>.</para>
/// <para>Per-image-priced models (DALL·E, gpt-image-2): USD = price(quality, size) × n; free-form sizes missing from
/// the table are priced by scaling the table's per-pixel rates for the quality. Input tokens are added when the
/// model also has token prices.</para>
/// <para>Invalid values are not reported here (use <see cref="ContractValidator"/>); they are ignored or fall back to
/// defaults.</para>
/// </remarks>
public static partial class CostCalculator
{
    /// <summary>Prices are per million tokens.</summary>
    internal const decimal PerMillion = 1_000_000m;

    /// <summary>Estimates the cost of a request.</summary>
    /// <param name="model">The model (for its pricing).</param>
    /// <param name="endpoint">The model's endpoint contract (for defaults).</param>
    /// <param name="values">The request values by wire name (as for <see cref="ContractValidator"/>).</param>
    /// <param name="promptTokens">The exact prompt token count when known (e.g. from a tokenizer).</param>
    /// <returns>The estimate.</returns>
    public static CostEstimate Estimate(
        ModelContract model,
        EndpointContract endpoint,
        IReadOnlyDictionary<string, object?> values,
        int? promptTokens = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(values);
        return new CostEstimator(model, endpoint, ValueReader.Given(NestedParameters.Flatten(endpoint, values))).Run(promptTokens);
    }

    /// <summary>The estimate for a model whose prices are unknown: nothing priced, no upper bound, and a note saying why.</summary>
    internal static CostEstimate PricesUnknown(string model, string why) => new()
    {
        Estimated = CostParts.InputText | CostParts.InputImage | CostParts.OutputImage,
        Unbounded = CostParts.InputText | CostParts.InputImage | CostParts.OutputImage,
        Note = "The prices of " + model + " are unknown (" + why + "); MinUsd and MaxUsd are 0 and the cost has no known upper bound.",
    };
}
