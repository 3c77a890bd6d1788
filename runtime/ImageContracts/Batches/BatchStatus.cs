namespace ImageContracts.Batches;

/// <summary>A batch's <c>status</c> (NODE-7590, <c>Batch.status</c>).</summary>
public enum BatchStatus
{
    /// <summary>A status this version does not know.</summary>
    Unknown,

    /// <summary><c>validating</c>: the input file is being checked.</summary>
    Validating,

    /// <summary><c>failed</c>: the input file failed validation (see <see cref="BatchJob.Errors"/>). Terminal.</summary>
    Failed,

    /// <summary><c>in_progress</c>: lines are being run.</summary>
    InProgress,

    /// <summary><c>finalizing</c>: the output and error files are being written.</summary>
    Finalizing,

    /// <summary><c>completed</c>: done; results in the output and error files. Terminal.</summary>
    Completed,

    /// <summary><c>expired</c>: not finished within the completion window; unfinished lines are in the error file. Terminal.</summary>
    Expired,

    /// <summary><c>cancelling</c>: cancel requested (up to 10 minutes).</summary>
    Cancelling,

    /// <summary><c>cancelled</c>: cancelled; partial results may be in the output file. Terminal.</summary>
    Cancelled,
}
