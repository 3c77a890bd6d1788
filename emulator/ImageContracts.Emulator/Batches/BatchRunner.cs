using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Emulator;

/// <summary>Runs a batch at once: checks the input file as the Batch API does at <c>validating</c> (JSONL, one
/// <c>{custom_id, method, url, body}</c> per line, unique custom_ids, every url the batch's endpoint), then sends each
/// line's body through <see cref="EmulatorApi.InvokeAsync"/> (the single-call handlers) and writes the successful
/// lines to an output file and the failed ones to an error file in the emulator's file store.</summary>
internal sealed class BatchRunner
{
    /// <summary>Requests per input file (NODE-7590).</summary>
    private const int MaxRequests = 50_000;

    private readonly EmulatorState _state;
    private readonly EmulatorApi _api;

    public BatchRunner(EmulatorState state, EmulatorApi api)
    {
        _state = state;
        _api = api;
    }

    public async Task RunAsync(EmulatedBatch batch, byte[] input, CancellationToken cancellationToken)
    {
        List<Line>? lines = Parse(batch, input);
        if (lines is null)
        {
            batch.Status = "failed";
            batch.Times["failed_at"] = _state.UnixNow;
            return;
        }

        batch.Status = "in_progress";
        batch.Times["in_progress_at"] = _state.UnixNow;
        batch.Total = lines.Count;
        using var output = new MemoryStream();
        using var errors = new MemoryStream();
        foreach (Line line in lines)
        {
            EmulatorReply reply = await _api.InvokeAsync(line.Url, line.Body, cancellationToken).ConfigureAwait(false);
            MemoryStream target = reply.IsSuccess ? output : errors;
            if (reply.IsSuccess)
            {
                batch.Completed++;
            }
            else
            {
                batch.Failed++;
            }

            target.Write(JsonBytes.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", _state.Ids.Next("batch_req_"));
                w.WriteString("custom_id", line.CustomId);
                w.WriteStartObject("response");
                w.WriteNumber("status_code", reply.Status);
                w.WriteString("request_id", _state.Ids.Next("req_"));
                w.WritePropertyName("body");
                w.WriteRawValue(reply.Body);
                w.WriteEndObject();
                w.WriteNull("error");
                w.WriteEndObject();
            }));
            target.WriteByte((byte)'\n');
        }

        batch.Status = "finalizing";
        batch.Times["finalizing_at"] = _state.UnixNow;
        if (output.Length > 0)
        {
            batch.OutputFileId = _state.Files.Add(batch.Id + "_output.jsonl", "batch_output", output.ToArray(), _state.UnixNow).Id;
        }

        if (errors.Length > 0)
        {
            batch.ErrorFileId = _state.Files.Add(batch.Id + "_error.jsonl", "batch_output", errors.ToArray(), _state.UnixNow).Id;
        }

        batch.Status = "completed";
        batch.Times["completed_at"] = _state.UnixNow;
    }

    /// <summary>The lines, or null (with <see cref="EmulatedBatch.Errors"/> filled) when the file fails validation.</summary>
    private static List<Line>? Parse(EmulatedBatch batch, byte[] input)
    {
        var lines = new List<Line>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string[] texts = Encoding.UTF8.GetString(input).Split('\n');
        for (int i = 0; i < texts.Length; i++)
        {
            string text = texts[i].TrimEnd('\r');
            if (text.Trim().Length == 0)
            {
                continue;
            }

            int number = i + 1;
            try
            {
                using JsonDocument document = JsonDocument.Parse(text);
                JsonElement root = document.RootElement;
                string? customId = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("custom_id", out JsonElement id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
                string? method = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("method", out JsonElement m) ? m.GetString() : null;
                string? url = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("url", out JsonElement u) ? u.GetString() : null;
                if (customId is null || !root.TryGetProperty("body", out JsonElement body) || body.ValueKind != JsonValueKind.Object)
                {
                    batch.Errors.Add(("invalid_request", "Line " + number + " needs custom_id (string), method, url and body (object).", number));
                }
                else if (!ids.Add(customId))
                {
                    batch.Errors.Add(("duplicate_custom_id", "The custom_id '" + customId + "' is used by more than one request.", number));
                }
                else if (method != "POST")
                {
                    batch.Errors.Add(("invalid_method", "Line " + number + ": method must be POST.", number));
                }
                else if (url != batch.Endpoint)
                {
                    batch.Errors.Add(("mismatched_endpoint", "Line " + number + ": url '" + url + "' does not match the batch endpoint " + batch.Endpoint + ".", number));
                }
                else
                {
                    lines.Add(new Line(customId, url, Encoding.UTF8.GetBytes(body.GetRawText())));
                }
            }
            catch (JsonException)
            {
                batch.Errors.Add(("invalid_json_line", "Line " + number + " is not valid JSON.", number));
            }
        }

        if (lines.Count == 0 && batch.Errors.Count == 0)
        {
            batch.Errors.Add(("empty_file", "The input file has no requests.", null));
        }
        else if (lines.Count > MaxRequests)
        {
            batch.Errors.Add(("too_many_requests", "A batch holds at most " + MaxRequests + " requests; this file has " + lines.Count + ".", null));
        }

        return batch.Errors.Count == 0 ? lines : null;
    }

    private sealed record Line(string CustomId, string Url, byte[] Body);
}
