using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Batches;
using ImageContracts.Cli.Batches;
using ImageContracts.Cli.Output;
using ImageContracts.Cli.Server;

namespace ImageContracts.Cli.Commands;

/// <summary>
/// <c>imagegen batch create requests.jsonl</c>: validates every line with its contract (all problems reported with line
/// and <c>custom_id</c>), prints the estimated cost with the batch discount, then (unless <c>--dry-run</c>) uploads the
/// validated input and creates the batch. By default one invalid line stops the batch; <c>--skip-invalid</c> sends the
/// valid lines and leaves the others out.
/// </summary>
internal static class BatchCreateCommand
{
    private static readonly Argument<FileInfo> Requests = new("requests")
    {
        Description = "A JSONL file: one request per line, either a batch line {\"custom_id\",\"method\":\"POST\",\"url\",\"body\"} or a body with its custom_id ({\"custom_id\":\"a\",\"model\":\"gpt-image-2\",\"prompt\":\"...\"}).",
    };

    private static readonly Option<string> Endpoint = new("--endpoint", "-e")
    {
        Description = "generations or edits (JSON edits: images by file id, URL or data URL), for lines without a url.",
        DefaultValueFactory = _ => "generations",
    };

    private static readonly Option<bool> SkipInvalid = new("--skip-invalid") { Description = "Send the valid lines and leave the invalid ones out (they are still reported)." };

    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Validate and price the lines; send nothing." };

    private static readonly Option<string[]> Metadata = new("--metadata")
    {
        Description = "KEY=VALUE attached to the batch (repeatable, up to 16).",
    };

    public static readonly Command Command = new("create", "Validate and price a JSONL file of image requests, then upload it and create the batch (prints the batch id).")
    {
        Requests, Endpoint, SkipInvalid, DryRun, Metadata,
    };

    public static async Task<int> RunAsync(ParseResult parse, CliOutput output, CancellationToken cancellationToken)
    {
        FileInfo file = parse.GetValue(Requests)!;
        if (!file.Exists)
        {
            throw new UsageException("No file '" + file.FullName + "'.");
        }

        string endpoint = parse.GetValue(Endpoint)!.ToLowerInvariant();
        if (endpoint is not ("generations" or "edits"))
        {
            throw new UsageException("--endpoint '" + endpoint + "' cannot be batched; a batch takes generations or edits.");
        }

        Dictionary<string, string> metadata = ReadMetadata(parse.GetValue(Metadata) ?? Array.Empty<string>());
        bool dryRun = parse.GetValue(DryRun);
        bool skipInvalid = parse.GetValue(SkipInvalid);
        // The validated JSONL goes to a temporary file (deleted on close) and is uploaded from there; a dry run writes nowhere.
        await using Stream input = dryRun ? Stream.Null : new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        BatchRequestsFile.Result read = await BatchRequestsFile.ReadAsync(file.FullName, endpoint, input, cancellationToken).ConfigureAwait(false);
        BatchInputSummary summary = read.Summary;
        bool blocked = read.Problems.Count > 0 && !skipInvalid || summary.Lines == 0;
        if (blocked || dryRun)
        {
            Report(output, file, read, sent: null, dryRun, skipInvalid);
            return blocked ? ExitCodes.Usage : ExitCodes.Success;
        }

        input.Position = 0;
        await using ApiTarget target = await ApiTarget.OpenAsync(parse.GetValue(CommonOptions.BaseUrl), output, cancellationToken).ConfigureAwait(false);
        BatchJob batch;
        try
        {
            batch = await target.Client.SubmitBatchAsync(input, summary, metadata.Count == 0 ? null : metadata, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex) when (ex.ParamName == "metadata")
        {
            // The client checks the API's metadata limits before uploading anything.
            throw new UsageException("--metadata: " + ex.Message.Replace(" (Parameter 'metadata')", "", StringComparison.Ordinal), ex);
        }

        if (target.IsEmulator)
        {
            output.Note("note: the embedded emulator stops with this command, and the batch with it; to follow a batch, run imagegen serve and pass its --base-url to every batch command.");
        }

        Report(output, file, read, batch, dryRun: false, skipInvalid);
        return ExitCodes.Success;
    }

    private static void Report(CliOutput output, FileInfo file, BatchRequestsFile.Result read, BatchJob? sent, bool dryRun, bool skipInvalid)
    {
        BatchInputSummary summary = read.Summary;
        if (output.Json)
        {
            output.WriteJson(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("file", file.FullName);
                writer.WriteBoolean("dryRun", dryRun);
                writer.WriteBoolean("sent", sent is not null);
                writer.WriteString("endpoint", summary.Endpoint);
                writer.WriteNumber("requests", read.Requests);
                writer.WriteNumber("validLines", summary.Lines);
                writer.WriteNumber("bytes", summary.Bytes);
                BatchReport.Problems(writer, "invalidLines", read.Problems);
                BatchReport.Cost(writer, "estimate", summary.Cost);
                if (sent is not null)
                {
                    writer.WriteString("batchId", sent.Id);
                    BatchReport.Job(writer, "batch", sent);
                }

                writer.WriteEndObject();
            });
            return;
        }

        bool sendable = summary.Lines > 0 && (read.Problems.Count == 0 || skipInvalid);
        TextWriter to = sendable ? output.Out : output.Error;
        to.WriteLine(file.Name + ": " + ReportText.Count(read.Requests, "request") + ", " + summary.Lines + " valid" + (summary.Endpoint is null ? "" : " for " + summary.Endpoint)
            + ", " + read.Problems.Count + " invalid");
        foreach (string line in BatchReport.Problems(read.Problems))
        {
            to.WriteLine(line);
        }

        if (summary.Lines > 0)
        {
            to.WriteLine("estimated cost: " + BatchReport.Cost(summary.Cost));
            if (summary.Cost.DiscountSource is { } source)
            {
                to.WriteLine("  discount source: " + source);
            }
        }

        if (sent is not null)
        {
            output.Line((read.Problems.Count > 0 ? "sent the valid lines; " : "") + "created batch " + sent.Id + " (" + sent.StatusText + ", " + sent.RequestCounts + ")");
            output.Line("next: imagegen batch status " + sent.Id + " --wait, then imagegen batch results " + sent.Id + " --out DIR");
            return;
        }

        to.WriteLine(summary.Lines == 0 ? "No line can be sent; nothing was sent."
            : !sendable ? "Nothing was sent: fix the invalid lines, or pass --skip-invalid to send the valid ones."
            : "dry run: nothing was sent.");
    }

    private static Dictionary<string, string> ReadMetadata(string[] pairs)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in pairs)
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException("--metadata takes KEY=VALUE, not '" + pair + "'.");
            }

            metadata[pair[..equals]] = pair[(equals + 1)..];
        }

        return metadata;
    }
}
