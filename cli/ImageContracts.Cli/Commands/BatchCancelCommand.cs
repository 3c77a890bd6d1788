using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Batches;
using ImageContracts.Cli.Output;
using ImageContracts.Cli.Server;

namespace ImageContracts.Cli.Commands;

/// <summary><c>imagegen batch cancel BATCH_ID</c>: asks the API to cancel the batch (it goes to <c>cancelling</c>, then
/// <c>cancelled</c> with the results finished so far); a batch that already finished cannot be cancelled.</summary>
internal static class BatchCancelCommand
{
    private static readonly Argument<string> Id = BatchCommand.BatchId();

    public static readonly Command Command = new("cancel", "Cancel a batch (finished lines keep their results).") { Id };

    public static async Task<int> RunAsync(ParseResult parse, CliOutput output, CancellationToken cancellationToken)
    {
        await using ApiTarget target = await BatchCommand.OpenExistingAsync(parse, "cancel", output, cancellationToken).ConfigureAwait(false);
        BatchJob batch = await target.Client.CancelBatchAsync(parse.GetValue(Id)!, cancellationToken).ConfigureAwait(false);
        BatchStatusCommand.Print(output, batch);
        return ExitCodes.Success;
    }
}
