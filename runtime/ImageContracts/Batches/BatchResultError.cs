namespace ImageContracts.Batches;

/// <summary>Why a batch line failed: the line's <c>error</c> (e.g. <c>batch_expired</c>), or the error body of its response.</summary>
public sealed class BatchResultError
{
    /// <summary><c>code</c>, e.g. <c>batch_expired</c> or <c>invalid_value</c>.</summary>
    public string? Code { get; init; }

    /// <summary><c>message</c>.</summary>
    public string Message { get; init; } = "";

    /// <summary><c>type</c> of an API error body, e.g. <c>invalid_request_error</c>.</summary>
    public string? Type { get; init; }

    /// <summary><c>param</c>, when the API names the parameter.</summary>
    public string? Param { get; init; }

    /// <summary><c>code [param]: message</c>.</summary>
    public override string ToString() => (Code ?? Type ?? "error") + (Param is null ? "" : " [" + Param + "]") + ": " + Message;
}
