namespace ImageContracts.Batches;

/// <summary>Settings of a <see cref="BatchInputWriter"/>.</summary>
public sealed class BatchInputOptions
{
    /// <summary>Refuse (throw) or report (skip and record) a request that cannot be a batch line. Default: refuse.</summary>
    public BatchInvalidLines InvalidLines { get; set; } = BatchInvalidLines.Refuse;

    /// <summary>The contract catalog (the generated <c>ImageContract.Catalog</c>): validates requests given by wire names,
    /// and supplies the batch discount (<see cref="ContractCatalog.Batch"/>) for the cost estimate.</summary>
    public ContractCatalog? Catalog { get; set; }

    /// <summary>The batch discount to apply, when not the catalog's. Null: <see cref="ContractCatalog.Batch"/>, else none.</summary>
    public BatchPricing? Pricing { get; set; }

    /// <summary>The most requests one batch may hold: 50,000 (NODE-7590, <c>BatchCreateParams.input_file_id</c>).</summary>
    public int MaxRequests { get; set; } = BatchLimits.MaxRequests;

    /// <summary>The largest input file: 200 MB (NODE-7590), counted as 200 × 1024 × 1024 bytes.</summary>
    public long MaxBytes { get; set; } = BatchLimits.MaxInputBytes;

    /// <summary>The clock and severities lines are validated with (e.g. <c>RetiredModelSeverity = Error</c> to refuse
    /// lines for models shut down by then); null: <see cref="ValidationOptions.Default"/>.</summary>
    public ValidationOptions? Validation { get; set; }

    /// <summary>Also refuse requests with validation warnings (UNCONFIRMED values, preview values, ...). Default false.</summary>
    public bool WarningsAsErrors { get; set; }
}
