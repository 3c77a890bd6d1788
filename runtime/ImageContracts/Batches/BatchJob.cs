using System;
using System.Collections.Generic;

namespace ImageContracts.Batches;

/// <summary>A batch as the API reports it (<c>POST /batches</c>, <c>GET /batches/{id}</c>; NODE-7590 <c>Batch</c>).</summary>
public sealed class BatchJob
{
    /// <summary><c>id</c>, e.g. <c>batch_abc123</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary><c>status</c>.</summary>
    public BatchStatus Status { get; init; }

    /// <summary><c>status</c> as sent (for statuses this version does not know).</summary>
    public string StatusText { get; init; } = "";

    /// <summary><c>endpoint</c>, e.g. <c>/v1/images/generations</c>.</summary>
    public string? Endpoint { get; init; }

    /// <summary><c>completion_window</c>, e.g. <c>24h</c>.</summary>
    public string? CompletionWindow { get; init; }

    /// <summary><c>input_file_id</c>.</summary>
    public string? InputFileId { get; init; }

    /// <summary><c>output_file_id</c>: the successful lines.</summary>
    public string? OutputFileId { get; init; }

    /// <summary><c>error_file_id</c>: the failed (and, after expiry or cancellation, unfinished) lines.</summary>
    public string? ErrorFileId { get; init; }

    /// <summary><c>request_counts</c>.</summary>
    public BatchRequestCounts RequestCounts { get; init; } = new();

    /// <summary><c>errors.data</c>: why the input failed validation.</summary>
    public IReadOnlyList<BatchJobError> Errors { get; init; } = Array.Empty<BatchJobError>();

    /// <summary><c>metadata</c>.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary><c>model</c>, when reported.</summary>
    public string? Model { get; init; }

    /// <summary><c>created_at</c>.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary><c>in_progress_at</c>.</summary>
    public DateTimeOffset? InProgressAt { get; init; }

    /// <summary><c>finalizing_at</c>.</summary>
    public DateTimeOffset? FinalizingAt { get; init; }

    /// <summary><c>completed_at</c>.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary><c>failed_at</c>.</summary>
    public DateTimeOffset? FailedAt { get; init; }

    /// <summary><c>expires_at</c>: when the batch will expire.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary><c>expired_at</c>.</summary>
    public DateTimeOffset? ExpiredAt { get; init; }

    /// <summary><c>cancelling_at</c>.</summary>
    public DateTimeOffset? CancellingAt { get; init; }

    /// <summary><c>cancelled_at</c>.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>True for <c>completed</c>, <c>failed</c>, <c>expired</c> and <c>cancelled</c>: the status will not change.</summary>
    public bool IsTerminal => Status is BatchStatus.Completed or BatchStatus.Failed or BatchStatus.Expired or BatchStatus.Cancelled;

    /// <summary><c>BatchJob(batch_1, in_progress, 3 completed, 1 failed of 10)</c>.</summary>
    public override string ToString() => "BatchJob(" + Id + ", " + StatusText + ", " + RequestCounts + ")";
}
