namespace ImageContracts;

/// <summary>What <see cref="ContractCatalog.ValidateJson(string, System.ReadOnlySpan{byte}, ValidationOptions?)"/> found
/// in a raw request body: the validation findings and, when the body named a usable endpoint and model, the cost estimate.</summary>
public sealed class RequestBodyReport
{
    internal RequestBodyReport(ValidationResult validation, CostEstimate? cost, string? model, string? hostModel)
    {
        Validation = validation;
        Cost = cost;
        Model = model;
        HostModel = hostModel;
    }

    /// <summary>Every error and warning; an unreadable body is one <c>invalid_json</c> error naming the JSON path.</summary>
    public ValidationResult Validation { get; }

    /// <summary>True when <see cref="Validation"/> has no errors.</summary>
    public bool IsValid => Validation.IsValid;

    /// <summary>The estimate (open-ended for a model the spec does not know); null when the body could not be read or
    /// the endpoint or model could not be resolved.</summary>
    public CostEstimate? Cost { get; }

    /// <summary>The image model the body was checked for: its <c>model</c> (for <c>responses</c>, the tool's), or the
    /// endpoint's default when it names none; null when there is neither.</summary>
    public string? Model { get; }

    /// <summary>For <c>responses</c>: the request's <c>model</c>, which hosts the tool.</summary>
    public string? HostModel { get; }

    /// <inheritdoc />
    public override string ToString() => Validation + (Cost is null ? string.Empty : "; cost " + Cost);
}
