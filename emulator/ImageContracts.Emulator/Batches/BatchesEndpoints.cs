using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ImageContracts.Emulator;

/// <summary><c>/v1/batches</c>: create (the batch runs at once), retrieve, list, cancel (NODE-7590 <c>Batches</c>).</summary>
internal static class BatchesEndpoints
{
    /// <summary>The endpoints an emulated batch may target: the JSON calls <see cref="EmulatorApi.InvokeAsync"/> serves.</summary>
    private static readonly string[] Endpoints = { "/v1/images/generations", "/v1/images/edits", "/v1/responses" };

    /// <summary>The completion window: 24 hours, the only one the API accepts.</summary>
    private const long WindowSeconds = 24 * 60 * 60;

    public static IEndpointRouteBuilder MapBatches(this IEndpointRouteBuilder app, EmulatorState state, EmulatorApi api)
    {
        var batches = new ConcurrentDictionary<string, EmulatedBatch>(StringComparer.Ordinal);
        var runner = new BatchRunner(state, api);
        app.MapPost("/v1/batches", (HttpContext context) => CreateAsync(context, state, runner, batches));
        app.MapGet("/v1/batches/{id}", (HttpContext context, string id) => ReplyWriter.WriteAsync(context,
            batches.TryGetValue(id, out EmulatedBatch? batch) ? Reply(batch) : NotFound(id)));
        app.MapPost("/v1/batches/{id}/cancel", (HttpContext context, string id) => ReplyWriter.WriteAsync(context, Cancel(state, batches, id)));
        app.MapGet("/v1/batches", (HttpContext context) => ReplyWriter.WriteAsync(context, List(context, batches)));
        return app;
    }

    private static async Task CreateAsync(HttpContext context, EmulatorState state, BatchRunner runner, ConcurrentDictionary<string, EmulatedBatch> batches)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        string? inputFileId, endpoint, window;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using JsonDocument document = JsonDocument.Parse(body.ToArray());
            JsonElement root = document.RootElement;
            inputFileId = Text(root, "input_file_id");
            endpoint = Text(root, "endpoint");
            window = Text(root, "completion_window");
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("metadata", out JsonElement meta) && meta.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty pair in meta.EnumerateObject())
                {
                    metadata[pair.Name] = pair.Value.ToString();
                }
            }
        }
        catch (JsonException)
        {
            await ReplyWriter.WriteAsync(context, ApiErrors.BadRequest("We could not parse the JSON body of your request.", null, null));
            return;
        }

        EmulatorReply? error =
            inputFileId is null ? ApiErrors.BadRequest("Missing required parameter: 'input_file_id'.", "input_file_id", "missing_required_parameter")
            : endpoint is null || Array.IndexOf(Endpoints, endpoint) < 0 ? ApiErrors.BadRequest("Invalid value for 'endpoint': the emulator runs batches for " + string.Join(", ", Endpoints) + ".", "endpoint", "invalid_value")
            : window != "24h" ? ApiErrors.BadRequest("Invalid value for 'completion_window': only '24h' is supported.", "completion_window", "invalid_value")
            : metadata.Count > 16 ? ApiErrors.BadRequest("Invalid 'metadata': at most 16 pairs.", "metadata", "invalid_value")
            : null;
        StoredFile? input = error is null ? state.Files.Find(inputFileId!) : null;
        if (error is null && input is null)
        {
            error = ApiErrors.Reply(404, "No such File object: " + inputFileId, "invalid_request_error", "input_file_id", null);
        }
        else if (error is null && input!.Purpose != "batch")
        {
            error = ApiErrors.BadRequest("The input file must be uploaded with purpose 'batch', not '" + input.Purpose + "'.", "input_file_id", "invalid_value");
        }

        if (error is not null)
        {
            await ReplyWriter.WriteAsync(context, error);
            return;
        }

        var batch = new EmulatedBatch
        {
            Id = state.Ids.Next("batch_"),
            Endpoint = endpoint!,
            InputFileId = inputFileId!,
            CreatedAt = state.UnixNow,
            Metadata = metadata,
        };
        batches[batch.Id] = batch;
        await runner.RunAsync(batch, input!.Content, context.RequestAborted);
        await ReplyWriter.WriteAsync(context, Reply(batch));
    }

    private static EmulatorReply Cancel(EmulatorState state, ConcurrentDictionary<string, EmulatedBatch> batches, string id)
    {
        if (!batches.TryGetValue(id, out EmulatedBatch? batch))
        {
            return NotFound(id);
        }

        if (batch.Status is "completed" or "failed" or "expired")
        {
            return ApiErrors.BadRequest("Cannot cancel a batch with status '" + batch.Status + "'.", null, "invalid_state");
        }

        batch.Status = "cancelled";
        batch.Times["cancelling_at"] = state.UnixNow;
        batch.Times["cancelled_at"] = state.UnixNow;
        return Reply(batch);
    }

    private static EmulatorReply List(HttpContext context, ConcurrentDictionary<string, EmulatedBatch> batches)
    {
        int limit = int.TryParse(context.Request.Query["limit"], out int given) ? Math.Clamp(given, 1, 100) : 20;
        string? after = context.Request.Query["after"];
        List<EmulatedBatch> newest = batches.Values.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id, StringComparer.Ordinal).ToList();
        int start = after is null ? 0 : newest.FindIndex(b => b.Id == after) + 1;
        List<EmulatedBatch> page = newest.Skip(start).Take(limit).ToList();
        return new EmulatorReply(200, JsonBytes.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("object", "list");
            w.WriteStartArray("data");
            foreach (EmulatedBatch batch in page)
            {
                Write(w, batch);
            }

            w.WriteEndArray();
            w.WriteBoolean("has_more", start + page.Count < newest.Count);
            w.WriteEndObject();
        }));
    }

    private static EmulatorReply Reply(EmulatedBatch batch) => new(200, JsonBytes.Write(w => Write(w, batch)));

    private static EmulatorReply NotFound(string id) => ApiErrors.Reply(404, "No batch found with id '" + id + "'.", "invalid_request_error", null, null);

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The batch object (NODE-7590 <c>Batch</c>).</summary>
    private static void Write(Utf8JsonWriter w, EmulatedBatch batch)
    {
        w.WriteStartObject();
        w.WriteString("id", batch.Id);
        w.WriteString("object", "batch");
        w.WriteString("endpoint", batch.Endpoint);
        w.WriteString("input_file_id", batch.InputFileId);
        w.WriteString("completion_window", "24h");
        w.WriteString("status", batch.Status);
        w.WriteNumber("created_at", batch.CreatedAt);
        w.WriteNumber("expires_at", batch.CreatedAt + WindowSeconds);
        foreach (KeyValuePair<string, long> time in batch.Times)
        {
            w.WriteNumber(time.Key, time.Value);
        }

        if (batch.OutputFileId is null)
        {
            w.WriteNull("output_file_id");
        }
        else
        {
            w.WriteString("output_file_id", batch.OutputFileId);
        }

        if (batch.ErrorFileId is null)
        {
            w.WriteNull("error_file_id");
        }
        else
        {
            w.WriteString("error_file_id", batch.ErrorFileId);
        }

        w.WriteStartObject("request_counts");
        w.WriteNumber("total", batch.Total);
        w.WriteNumber("completed", batch.Completed);
        w.WriteNumber("failed", batch.Failed);
        w.WriteEndObject();
        if (batch.Errors.Count > 0)
        {
            w.WriteStartObject("errors");
            w.WriteString("object", "list");
            w.WriteStartArray("data");
            foreach ((string code, string message, int? line) in batch.Errors)
            {
                w.WriteStartObject();
                w.WriteString("code", code);
                w.WriteString("message", message);
                w.WriteNull("param");
                if (line is int number)
                {
                    w.WriteNumber("line", number);
                }
                else
                {
                    w.WriteNull("line");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteStartObject("metadata");
        foreach (KeyValuePair<string, string> pair in batch.Metadata)
        {
            w.WriteString(pair.Key, pair.Value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
