using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ImageContracts.Http.Tests.Support;

/// <summary>The Files and Batches endpoints as a scripted in-memory service for the <see cref="TestServer"/>: uploads are
/// stored, <c>POST /batches</c> answers <c>validating</c>, each <c>GET /batches/{id}</c> answers the next scripted batch
/// object (the last one repeats), and <c>GET /files/{id}/content</c> serves stored files or <see cref="LargeFiles"/>.</summary>
public sealed class FakeBatchApi
{
    private int _polls;
    private int _fileIds;

    /// <summary>Stored files by id.</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Files written to the response on the fly (never held whole).</summary>
    public ConcurrentDictionary<string, Func<Stream, CancellationToken, Task>> LargeFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>The purposes of the uploads, in order.</summary>
    public ConcurrentQueue<string> UploadPurposes { get; } = new();

    /// <summary>The batch objects <c>GET /batches/{id}</c> answers, in order.</summary>
    public List<string> Script { get; } = new();

    /// <summary>How many times the batch was retrieved.</summary>
    public int Polls => Volatile.Read(ref _polls);

    /// <summary>A batch object.</summary>
    public static string Batch(string status, int completed = 0, int failed = 0, int total = 0, string? output = null, string? error = null, string extra = "") =>
        "{\"id\":\"batch_1\",\"object\":\"batch\",\"endpoint\":\"/v1/images/generations\",\"input_file_id\":\"file-in-1\",\"completion_window\":\"24h\",\"status\":\"" + status
        + "\",\"created_at\":1764633600,\"expires_at\":1764720000"
        + (output is null ? "" : ",\"output_file_id\":\"" + output + "\"") + (error is null ? "" : ",\"error_file_id\":\"" + error + "\"")
        + ",\"request_counts\":{\"total\":" + total + ",\"completed\":" + completed + ",\"failed\":" + failed + "}"
        + ",\"metadata\":{\"run\":\"nightly\"}" + extra + "}";

    public async Task Handle(HttpContext context, RecordedRequest request)
    {
        string path = request.Path;
        if (request.Method == "POST" && path == "/v1/files")
        {
            string id = "file-in-" + Interlocked.Increment(ref _fileIds).ToString(CultureInfo.InvariantCulture);
            FormPart file = request.Part("file");
            Files[id] = file.Data;
            UploadPurposes.Enqueue(request.Part("purpose").Text);
            await Respond.Json(context, "{\"id\":\"" + id + "\",\"object\":\"file\",\"bytes\":" + file.Data.Length + ",\"created_at\":1764633600,\"filename\":\"" + file.FileName + "\",\"purpose\":\"batch\"}");
        }
        else if (request.Method == "POST" && path == "/v1/batches")
        {
            await Respond.Json(context, Batch("validating"));
        }
        else if (request.Method == "GET" && path == "/v1/batches")
        {
            await Respond.Json(context, "{\"object\":\"list\",\"data\":[" + Batch("completed", 2, 0, 2, "file-out") + "],\"has_more\":true}");
        }
        else if (request.Method == "POST" && path.EndsWith("/cancel", StringComparison.Ordinal))
        {
            await Respond.Json(context, Batch("cancelling", extra: ",\"cancelling_at\":1764634000"));
        }
        else if (request.Method == "GET" && path.StartsWith("/v1/batches/", StringComparison.Ordinal))
        {
            int poll = Interlocked.Increment(ref _polls) - 1;
            await Respond.Json(context, Script[Math.Min(poll, Script.Count - 1)]);
        }
        else if (request.Method == "GET" && path.StartsWith("/v1/files/", StringComparison.Ordinal) && path.EndsWith("/content", StringComparison.Ordinal))
        {
            string id = path["/v1/files/".Length..^"/content".Length];
            if (LargeFiles.TryGetValue(id, out var write))
            {
                context.Response.ContentType = "application/octet-stream";
                await write(context.Response.Body, context.RequestAborted);
            }
            else if (Files.TryGetValue(id, out byte[]? content))
            {
                await Respond.Bytes(context, content, "application/octet-stream");
            }
            else
            {
                await Respond.Error(context, 404, "invalid_request_error", null, "No such File object: " + id);
            }
        }
        else
        {
            await Respond.Error(context, 404, "invalid_request_error", null, "Unexpected " + request.Method + " " + path);
        }
    }

    /// <summary>An output line with one image and usage.</summary>
    public static string OutputLine(string customId, byte[] image, int outputTokens) =>
        "{\"id\":\"batch_req_" + customId + "\",\"custom_id\":\"" + customId + "\",\"response\":{\"status_code\":200,\"request_id\":\"req_" + customId
        + "\",\"body\":{\"created\":1764633700,\"data\":[{\"b64_json\":\"" + Convert.ToBase64String(image) + "\"}],\"output_format\":\"png\",\"quality\":\"high\",\"size\":\"1024x1024\""
        + ",\"usage\":{\"input_tokens\":50,\"output_tokens\":" + outputTokens + ",\"total_tokens\":" + (50 + outputTokens) + ",\"input_tokens_details\":{\"text_tokens\":40,\"image_tokens\":10}}}},\"error\":null}";

    /// <summary>An error-file line with an API error body.</summary>
    public static string FailedLine(string customId, string code, string message, string? param = null) =>
        "{\"id\":\"batch_req_" + customId + "\",\"custom_id\":\"" + customId + "\",\"response\":{\"status_code\":400,\"request_id\":\"req_" + customId
        + "\",\"body\":{\"error\":{\"message\":\"" + message + "\",\"type\":\"invalid_request_error\",\"param\":" + (param is null ? "null" : "\"" + param + "\"") + ",\"code\":\"" + code + "\"}}},\"error\":null}";

    /// <summary>An error-file line for a request the batch never ran (expiry, cancellation).</summary>
    public static string ExpiredLine(string customId) =>
        "{\"id\":\"batch_req_" + customId + "\",\"custom_id\":\"" + customId + "\",\"response\":null,\"error\":{\"code\":\"batch_expired\",\"message\":\"This request could not be executed before the completion window expired.\"}}";

    public static byte[] Jsonl(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
}
