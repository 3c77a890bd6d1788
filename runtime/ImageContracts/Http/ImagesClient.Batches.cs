using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Batches;

namespace ImageContracts.Http;

public sealed partial class ImagesClient
{
    private const string BatchesPath = "batches";

    /// <summary>Spending reservations of batches this client submitted, until their results are read (or they fail).</summary>
    private readonly ConcurrentDictionary<string, SpendingReservation> _batchReservations = new(StringComparer.Ordinal);

    /// <summary>Checks the spending limits for a written batch input, uploads it (<c>purpose=batch</c>) and creates the
    /// batch for its endpoint. The batch's estimated maximum (with the discount) stays reserved in the budget until
    /// <see cref="ReadBatchResultsAsync"/> has read its results (settled with their actual cost) or the batch fails.</summary>
    /// <param name="input">The JSONL written by <see cref="BatchInputWriter"/>, positioned at its start; seekable.</param>
    /// <param name="summary">What <see cref="BatchInputWriter.Complete"/> returned for it.</param>
    /// <param name="metadata">Up to 16 pairs (keys up to 64, values up to 512 characters).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The created batch.</returns>
    /// <exception cref="ImageSpendingLimitException">The batch's estimate breaks a spending limit (nothing was sent).</exception>
    public async Task<BatchJob> SubmitBatchAsync(Stream input, BatchInputSummary summary, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Lines == 0 || summary.Endpoint is null)
        {
            throw new ArgumentException("The batch input has no lines" + (summary.Problems.Count > 0 ? " (" + summary.Problems.Count + " request(s) were refused: " + summary.Problems[0] + ")" : "") + ".", nameof(summary));
        }

        CheckMetadata(metadata);
        BatchCostEstimate cost = summary.Cost;
        SpendingReservation? reservation = SpendingGuard.Reserve(
            _options,
            "batch of " + summary.Lines + " line(s) for " + summary.Endpoint,
            cost.MaxUsd,
            cost.LargestLineMaxUsd,
            cost.IsOpenEnded ? cost.OpenEndedLines.Count + " line(s) cannot be fully priced, e.g. custom_id \"" + cost.OpenEndedLines[0] + "\"" : null);
        try
        {
            UploadedFile file = await UploadFileAsync(input, "batch.jsonl", "batch", cancellationToken).ConfigureAwait(false);
            BatchJob batch = await CreateBatchAsync(file.Id, summary.Endpoint, metadata, cancellationToken).ConfigureAwait(false);
            if (reservation is not null)
            {
                _batchReservations[batch.Id] = reservation;
                reservation = null;
            }

            return batch;
        }
        finally
        {
            reservation?.Dispose();
        }
    }

    /// <summary><c>POST /batches</c>: creates a batch from an uploaded input file (completion window 24h).</summary>
    /// <param name="inputFileId">The input file's id (uploaded with purpose <c>batch</c>).</param>
    /// <param name="endpoint"><c>/v1/images/generations</c> or <c>/v1/images/edits</c>.</param>
    /// <param name="metadata">Up to 16 pairs (keys up to 64, values up to 512 characters).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batch.</returns>
    public Task<BatchJob> CreateBatchAsync(string inputFileId, string endpoint, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputFileId);
        if (endpoint is not (BatchLimits.GenerationsUrl or BatchLimits.EditsUrl))
        {
            throw new ArgumentException("An image batch's endpoint is " + BatchLimits.GenerationsUrl + " or " + BatchLimits.EditsUrl + ", not '" + endpoint + "'.", nameof(endpoint));
        }

        CheckMetadata(metadata);
        var body = new PooledBuffer(256);
        try
        {
            using (var writer = new Utf8JsonWriter(body))
            {
                writer.WriteStartObject();
                writer.WriteString("input_file_id", inputFileId);
                writer.WriteString("endpoint", endpoint);
                writer.WriteString("completion_window", BatchLimits.CompletionWindow);
                if (metadata is { Count: > 0 })
                {
                    writer.WriteStartObject("metadata");
                    foreach (KeyValuePair<string, string> pair in metadata)
                    {
                        writer.WriteString(pair.Key, pair.Value);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }
        }
        catch
        {
            body.Dispose();
            throw;
        }

        return SendBatchCallAsync(RequestSpec.Json(BatchesPath, "create batch", "", body, stream: false), cancellationToken);
    }

    /// <summary><c>GET /batches/{id}</c>.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<BatchJob> RetrieveBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        return SendBatchCallAsync(RequestSpec.Get(BatchPath(batchId), "retrieve batch"), cancellationToken);
    }

    /// <summary><c>POST /batches/{id}/cancel</c>: the batch goes to <c>cancelling</c>, then <c>cancelled</c> with partial results.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<BatchJob> CancelBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        return SendBatchCallAsync(RequestSpec.Custom(HttpMethod.Post, BatchPath(batchId) + "/cancel", "cancel batch", null), cancellationToken);
    }

    /// <summary><c>GET /batches?limit=&amp;after=</c>: one page of the organization's batches.</summary>
    /// <param name="limit">1 to 100.</param>
    /// <param name="after">The last id of the previous page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<BatchJobPage> ListBatchesAsync(int limit = 20, string? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100);
        string path = BatchesPath + "?limit=" + WireValue.Integer(limit) + (after is null ? "" : "&after=" + Uri.EscapeDataString(after));
        using RequestSpec spec = RequestSpec.Get(path, "list batches");
        var result = await ExecuteAsync(spec, (response, token) => ReadJsonAsync(response, "batch list", static data => BatchJobReader.ReadList(data), token), keepOpen: false, cancellationToken).ConfigureAwait(false);
        return new BatchJobPage(result.Value.Batches, result.Value.HasMore);
    }

    /// <summary>Polls a batch until it reaches a terminal status (<c>completed</c>, <c>failed</c>, <c>expired</c>,
    /// <c>cancelled</c>), waiting between polls with backoff on <see cref="ImagesClientOptions.TimeProvider"/> and reporting
    /// the counts of completed and failed lines after each poll. A batch that <c>failed</c> releases its spending reservation.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="progress">Receives the status and counts after each poll.</param>
    /// <param name="polling">Delays; null for the defaults (5 s doubling to 5 minutes, reset on progress).</param>
    /// <param name="cancellationToken">Stops waiting (the batch itself goes on; see <see cref="CancelBatchAsync"/>).</param>
    /// <returns>The batch in its terminal status.</returns>
    public async Task<BatchJob> WaitForBatchAsync(string batchId, IProgress<BatchProgress>? progress = null, BatchPollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        polling ??= new BatchPollingOptions();
        polling.Check();
        TimeSpan delay = polling.InitialDelay;
        int seen = -1;
        while (true)
        {
            BatchJob batch = await RetrieveBatchAsync(batchId, cancellationToken).ConfigureAwait(false);
            BatchRequestCounts counts = batch.RequestCounts;
            progress?.Report(new BatchProgress(batch.Status, counts.Completed, counts.Failed, counts.Total));
            if (batch.IsTerminal)
            {
                if (batch.Status == BatchStatus.Failed && _batchReservations.TryRemove(batch.Id, out SpendingReservation? reservation))
                {
                    reservation.Dispose();
                }

                return batch;
            }

            int done = counts.Completed + counts.Failed;
            delay = done != seen && seen >= 0 ? polling.InitialDelay : delay;
            seen = done;
            await Task.Delay(delay, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks((long)Math.Min(delay.Ticks * polling.Factor, polling.MaxDelay.Ticks));
        }
    }

    /// <summary>Reads a finished batch's output file, then its error file, line by line (see <see cref="BatchOutputReader"/>),
    /// mapping each line to its <c>custom_id</c>. When all lines have been read, a spending reservation made by
    /// <see cref="SubmitBatchAsync"/> is settled with the lines' actual cost (the reservation itself when some
    /// successful line cannot be priced).</summary>
    /// <param name="batch">The batch (from <see cref="WaitForBatchAsync"/>).</param>
    /// <param name="options">Reader settings; <see cref="BatchOutputOptions.ModelLookup"/> and <see cref="BatchOutputOptions.Pricing"/> default to the client's catalog.</param>
    /// <param name="saveImagesTo">A directory to write images to (then <see cref="BatchResult.Files"/> lists them); null to return bytes.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public async IAsyncEnumerable<BatchResult> ReadBatchResultsAsync(BatchJob batch, BatchOutputOptions? options = null, string? saveImagesTo = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        options ??= new BatchOutputOptions();
        options.ModelLookup ??= _options.FindModel;
        options.Pricing ??= _options.Catalog.Batch;
        decimal actual = 0m;
        bool unpriced = false;
        foreach (string? fileId in new[] { batch.OutputFileId, batch.ErrorFileId })
        {
            if (string.IsNullOrEmpty(fileId))
            {
                continue;
            }

            using var reader = new BatchOutputReader(await OpenFileContentAsync(fileId, cancellationToken).ConfigureAwait(false), options);
            IAsyncEnumerable<BatchResult> lines = saveImagesTo is null ? reader.ReadAsync(cancellationToken) : reader.SaveImagesAsync(saveImagesTo, cancellationToken);
            await foreach (BatchResult line in lines.ConfigureAwait(false))
            {
                actual += line.CostUsd ?? 0m;
                unpriced |= line.IsSuccess && line.CostUsd is null;
                yield return line;
            }
        }

        if (_batchReservations.TryRemove(batch.Id, out SpendingReservation? reservation))
        {
            reservation.Settle(unpriced ? Math.Max(actual, reservation.ReservedUsd) : actual);
        }
    }

    private static string BatchPath(string batchId) => BatchesPath + "/" + Uri.EscapeDataString(batchId);

    private static void CheckMetadata(IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        if (metadata.Count > BatchLimits.MaxMetadataPairs)
        {
            throw new ArgumentException("Batch metadata holds at most " + BatchLimits.MaxMetadataPairs + " pairs; " + metadata.Count + " were given.", nameof(metadata));
        }

        foreach (KeyValuePair<string, string> pair in metadata)
        {
            if (pair.Key.Length is 0 or > BatchLimits.MaxMetadataKeyLength || pair.Value is null || pair.Value.Length > BatchLimits.MaxMetadataValueLength)
            {
                throw new ArgumentException("Batch metadata key '" + pair.Key + "' breaks the limits: keys 1 to " + BatchLimits.MaxMetadataKeyLength + " characters, values up to " + BatchLimits.MaxMetadataValueLength + ".", nameof(metadata));
            }
        }
    }

    private async Task<BatchJob> SendBatchCallAsync(RequestSpec spec, CancellationToken cancellationToken)
    {
        using (spec)
        {
            var result = await ExecuteAsync(spec, (response, token) => ReadJsonAsync(response, "batch", static data => BatchJobReader.Read(data), token), keepOpen: false, cancellationToken).ConfigureAwait(false);
            return result.Value;
        }
    }

    /// <summary>Reads a JSON success body and parses it, turning a malformed body into <see cref="ImageResponseException"/>.</summary>
    private async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, string what, JsonParser<T> parse, CancellationToken cancellationToken)
    {
        using PooledBuffer body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            return parse(body.WrittenSpan);
        }
        catch (JsonException ex)
        {
            throw new ImageResponseException("The " + what + " response is not valid: " + ex.Message, response.StatusCode, ex) { RequestId = RequestIdOf(response) };
        }
    }

    private delegate T JsonParser<T>(ReadOnlySpan<byte> data);
}
