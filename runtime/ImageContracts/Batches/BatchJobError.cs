namespace ImageContracts.Batches;

/// <summary>One of a batch's <c>errors.data</c>: why the input file failed validation.</summary>
public sealed class BatchJobError
{
    /// <summary><c>code</c>.</summary>
    public string? Code { get; init; }

    /// <summary><c>message</c>.</summary>
    public string Message { get; init; } = "";

    /// <summary><c>param</c>, when given.</summary>
    public string? Param { get; init; }

    /// <summary><c>line</c> of the input file, when given.</summary>
    public int? Line { get; init; }

    /// <summary><c>code (line N, param): message</c>.</summary>
    public override string ToString() => (Code ?? "error") + (Line is null ? "" : " (line " + Line + ")") + (Param is null ? "" : " [" + Param + "]") + ": " + Message;
}
