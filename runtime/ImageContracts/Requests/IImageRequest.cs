namespace ImageContracts;

/// <summary>A request for one model on one endpoint that can validate itself and estimate its cost.</summary>
public interface IImageRequest
{
    /// <summary>The model id sent on the wire.</summary>
    string Model { get; }

    /// <summary>The endpoint the request is for.</summary>
    ImageEndpoint Endpoint { get; }

    /// <summary>The contract of the request's model, from the spec the request was built with (an overlay's model included):
    /// what the client prices the call's usage with. Null when that spec does not know the model; the client then looks the
    /// model up in <see cref="Http.ImagesClientOptions.Catalog"/>.</summary>
    ModelContract? Contract => null;

    /// <summary>Validates the request against the model's contract.</summary>
    /// <returns>The errors and warnings.</returns>
    ValidationResult Validate() => Validate(ValidationOptions.Default);

    /// <summary>Validates the request with a given clock and retired-model severity.</summary>
    /// <param name="options">The clock and severities.</param>
    /// <returns>The errors and warnings.</returns>
    ValidationResult Validate(ValidationOptions options);

    /// <summary>The request's parameters that are set, by wire name, in the order they are sent: what validation, pricing
    /// and a sender that adds parameters of its own (a streaming call's <c>stream</c>) read.</summary>
    /// <returns>The parameters; <c>model</c> is among them only where the wire format has it beside the others.</returns>
    System.Collections.Generic.IReadOnlyDictionary<string, object?> ToParameters();

    /// <summary>Estimates the cost of the request.</summary>
    /// <param name="promptTokens">The exact prompt token count when known.</param>
    /// <returns>The estimate.</returns>
    CostEstimate EstimateCost(int? promptTokens = null);
}
