using System;
using System.CommandLine;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Batches;
using ImageContracts.Cli.Output;
using ImageContracts.Cli.Server;

namespace ImageContracts.Cli.Commands;

/// <summary><c>imagegen batch status BATCH_ID [--wait]</c>: the batch's status, counts, times and files; with
/// <c>--wait</c>, polls (with backoff) until the batch is completed, failed, expired or cancelled, printing progress.</summary>
internal static class BatchStatusCommand
{
    private static readonly Argument<string> Id = BatchCommand.BatchId();

    private static readonly Option<bool> Wait = new("--wait", "-w") { Description = "Poll until the batch is completed, failed, expired or cancelled, printing its progress." };

    private static readonly Option<double> PollSeconds = new("--poll-seconds")
    {
        Description = "The first delay between polls with --wait; doubled after each poll without progress, up to 5 minutes.",
        DefaultValueFactory = _ => 5,
    };

    public static readonly Command Command = new("status", "Show a batch's status, request counts, times and files (--wait: until it finishes).") { Id, Wait, PollSeconds };

    public static async Task<int> RunAsync(ParseResult parse, CliOutput output, CancellationToken cancellationToken)
    {
        string id = parse.GetValue(Id)!;
        double seconds = parse.GetValue(PollSeconds);
        if (!(seconds > 0 && seconds <= 300))
        {
            throw new UsageException("--poll-seconds must be above 0 and at most 300, not " + seconds.ToString(CultureInfo.InvariantCulture) + ".");
        }

        await using ApiTarget target = await BatchCommand.OpenExistingAsync(parse, "status", output, cancellationToken).ConfigureAwait(false);
        BatchJob batch;
        if (parse.GetValue(Wait))
        {
            if (!output.Json)
            {
                output.Line("waiting for batch " + id + " (Ctrl+C stops waiting; the batch goes on):");
            }

            var polling = new BatchPollingOptions { InitialDelay = TimeSpan.FromSeconds(seconds), MaxDelay = TimeSpan.FromMinutes(5) };
            batch = await target.Client.WaitForBatchAsync(id, new BatchProgressPrinter(output), polling, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            batch = await target.Client.RetrieveBatchAsync(id, cancellationToken).ConfigureAwait(false);
        }

        Print(output, batch);
        return ExitCodes.Success;
    }

    /// <summary>The batch on stdout (status and cancel).</summary>
    public static void Print(CliOutput output, BatchJob batch)
    {
        if (output.Json)
        {
            output.WriteJson(writer =>
            {
                writer.WriteStartObject();
                BatchReport.Job(writer, "batch", batch);
                writer.WriteEndObject();
            });
            return;
        }

        foreach (string line in BatchReport.Job(batch))
        {
            output.Line(line);
        }
    }
}
