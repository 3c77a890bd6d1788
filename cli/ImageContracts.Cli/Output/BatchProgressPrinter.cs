using System;
using System.IO;
using ImageContracts.Batches;

namespace ImageContracts.Cli.Output;

/// <summary>Prints a batch's progress while <c>batch status --wait</c> polls: one line whenever the status or the
/// counts change, written at once (not posted to a synchronization context, so lines keep their order).</summary>
internal sealed class BatchProgressPrinter : IProgress<BatchProgress>
{
    private readonly TextWriter _to;
    private BatchProgress? _last;

    public BatchProgressPrinter(CliOutput output)
    {
        _to = output.Json ? output.Error : output.Out;
    }

    public void Report(BatchProgress value)
    {
        if (_last == value)
        {
            return;
        }

        _last = value;
        _to.WriteLine("  " + Status(value.Status) + ": " + value.Completed + " completed, " + value.Failed + " failed of " + value.Total);
        _to.Flush();
    }

    private static string Status(BatchStatus status) => status switch
    {
        BatchStatus.InProgress => "in_progress",
        _ => status.ToString().ToLowerInvariant(),
    };
}
