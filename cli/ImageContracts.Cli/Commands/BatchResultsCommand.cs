using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Batches;
using ImageContracts.Cli.Batches;
using ImageContracts.Cli.Output;
using ImageContracts.Cli.Server;

namespace ImageContracts.Cli.Commands;

/// <summary>
/// <c>imagegen batch results BATCH_ID --out DIR</c>: streams a finished batch's output and error files, writes each
/// line's images to <c>DIR/CUSTOM_ID-N.EXT</c>, reports every failed line with its <c>custom_id</c>, and prints the
/// actual cost (each line's usage priced through its model's contract, with the batch discount). Exit code 1 when
/// some line failed.
/// </summary>
internal static class BatchResultsCommand
{
    private static readonly Argument<string> Id = BatchCommand.BatchId();

    private static readonly Option<string> Out = new("--out", "-o") { Description = "Folder for the images (created when missing).", DefaultValueFactory = _ => "." };

    public static readonly Command Command = new("results", "Download a finished batch's images into --out (one file per image, named by custom_id), with per-line errors and the actual cost.") { Id, Out };

    public static async Task<int> RunAsync(ParseResult parse, CliOutput output, CancellationToken cancellationToken)
    {
        string id = parse.GetValue(Id)!;
        string folder = Path.GetFullPath(parse.GetValue(Out)!);
        await using ApiTarget target = await BatchCommand.OpenExistingAsync(parse, "results", output, cancellationToken).ConfigureAwait(false);
        BatchJob batch = await target.Client.RetrieveBatchAsync(id, cancellationToken).ConfigureAwait(false);
        if (!batch.IsTerminal)
        {
            throw new UsageException("Batch " + id + " is " + batch.StatusText + " (" + batch.RequestCounts + "): its results come when it is completed, expired or cancelled. "
                + "Wait with: imagegen batch status " + id + " --wait");
        }

        if (batch.Status == BatchStatus.Failed)
        {
            output.Note("error: batch " + id + " failed before running any line, so it has no results:");
            foreach (BatchJobError error in batch.Errors)
            {
                output.Note("  " + error);
            }

            if (output.Json)
            {
                Write(output, batch, folder, new List<BatchResult>(), null, 0);
            }

            return ExitCodes.ApiError;
        }

        (IReadOnlyDictionary<string, string>? models, string? problem) = await BatchInputModels.ReadAsync(target.Client, batch, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            output.Note("note: the actual cost cannot be priced: " + problem + ".");
        }

        Directory.CreateDirectory(folder);
        var results = new List<BatchResult>();
        TextWriter progress = output.Json ? output.Error : output.Out;
        await foreach (BatchResult line in target.Client.ReadBatchResultsAsync(batch, new BatchOutputOptions { Models = models }, folder, cancellationToken).ConfigureAwait(false))
        {
            results.Add(line);
            if (line.IsSuccess)
            {
                progress.WriteLine("  " + line.CustomId + ": " + (line.Files.Count == 0 ? "no image" : string.Join(", ", line.Files.Select(Path.GetFileName))));
            }
            else
            {
                output.Note("  " + Describe(line));
            }
        }

        int unpriced = results.Count(r => r.IsSuccess && r.CostUsd is null);
        decimal cost = results.Sum(r => r.CostUsd ?? 0m);
        int failed = results.Count(r => !r.IsSuccess);
        if (output.Json)
        {
            Write(output, batch, folder, results, cost, unpriced);
        }
        else
        {
            output.Line("batch " + batch.Id + " (" + batch.StatusText + "): " + (results.Count - failed) + " succeeded, " + failed + " failed; images in " + folder);
            output.Line("actual cost: " + ReportText.Usd(cost) + (target.IsEmulator ? " (what the API would have charged)" : "") + ", from the lines' usage with the batch discount"
                + (unpriced == 0 ? "" : "; " + ReportText.Count(unpriced, "successful line") + " could not be priced"));
        }

        return failed > 0 ? ExitCodes.ApiError : ExitCodes.Success;
    }

    /// <summary><c>custom_id "b" (output line 2): status 400, invalid_value [size]: ...</c>.</summary>
    private static string Describe(BatchResult line) =>
        "custom_id \"" + line.CustomId + "\" (line " + line.Line + "): " + (line.StatusCode is { } status ? "status " + status + ", " : "") + (line.Error?.ToString() ?? "no image in the response");

    private static void Write(CliOutput output, BatchJob batch, string folder, List<BatchResult> results, decimal? cost, int unpriced)
    {
        output.WriteJson(writer =>
        {
            writer.WriteStartObject();
            BatchReport.Job(writer, "batch", batch);
            writer.WriteString("out", folder);
            writer.WriteStartArray("results");
            foreach (BatchResult line in results)
            {
                writer.WriteStartObject();
                writer.WriteString("customId", line.CustomId);
                writer.WriteBoolean("success", line.IsSuccess);
                if (line.StatusCode is { } status)
                {
                    writer.WriteNumber("statusCode", status);
                }

                writer.WriteStartArray("files");
                foreach (string file in line.Files)
                {
                    writer.WriteStringValue(file);
                }

                writer.WriteEndArray();
                if (line.Error is { } error)
                {
                    writer.WriteStartObject("error");
                    writer.WriteString("code", error.Code);
                    writer.WriteString("type", error.Type);
                    writer.WriteString("param", error.Param);
                    writer.WriteString("message", error.Message);
                    writer.WriteEndObject();
                }

                if (line.Usage is { } usage)
                {
                    ReportJson.Usage(writer, "usage", usage);
                }

                if (line.CostUsd is { } usd)
                {
                    writer.WriteNumber("costUsd", usd);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (cost is { } total)
            {
                writer.WriteNumber("costUsd", total);
            }

            writer.WriteNumber("unpricedLines", unpriced);
            writer.WriteEndObject();
        });
    }
}
