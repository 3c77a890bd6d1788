namespace ImageContracts;

/// <summary>A request for one model on one endpoint that can validate itself and estimate its cost.</summary>
public interface IImageRequest
{
    /// <summary>The model id sent on the wire.</summary>
    string Model { get; }

    /// <summary>The endpoint the request is for.</summary>
    ImageEndpoint Endpoint { get; }

    /// <summary>Validates the request against the model's contract.</summary>
    /// <returns>The errors and warnings.</returns>
    ValidationResult Validate();

    /// <summary>Validates the request with a given clock and retired-model severity.</summary>
    /// <param name="options">The clock and severities.</param>
    /// <returns>The errors and warnings.</returns>
    ValidationResult Validate(ValidationOptions options);

    /// <summary>Estimates the cost of the request.</summary>
    /// <param name="promptTokens">The exact prompt token count when known.</param>
    /// <returns>The estimate.</returns>
    CostEstimate EstimateCost(int? promptTokens = null);
}
