using System.Text;
using Microsoft.AspNetCore.Http;

namespace ImageContracts.Http.Tests.Support;

/// <summary>Response helpers for handlers.</summary>
public static class Respond
{
    public static async Task Json(HttpContext context, string json, int status = 200, params (string Name, string Value)[] headers)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["x-request-id"] = "req_test_" + status;
        foreach ((string name, string value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(json);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    public static Task Bytes(HttpContext context, byte[] body, string contentType = "application/json", int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.Headers["x-request-id"] = "req_test_" + status;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    public static Task Error(HttpContext context, int status, string type, string? code, string message, string? param = null, params (string Name, string Value)[] headers)
    {
        string json = "{\"error\":{\"message\":" + System.Text.Json.JsonSerializer.Serialize(message, TestJson.Default.String)
            + ",\"type\":\"" + type + "\",\"param\":" + (param is null ? "null" : "\"" + param + "\"")
            + ",\"code\":" + (code is null ? "null" : "\"" + code + "\"") + "}}";
        return Json(context, json, status, headers);
    }

    /// <summary>Writes an SSE body in chunks (flushing each), optionally stopping early and aborting the connection.</summary>
    public static async Task Sse(HttpContext context, byte[] body, int chunk = 64 * 1024, int? stopAfter = null, bool abort = false)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers["x-request-id"] = "req_stream";
        int end = stopAfter ?? body.Length;
        for (int offset = 0; offset < end; offset += chunk)
        {
            await context.Response.Body.WriteAsync(body.AsMemory(offset, Math.Min(chunk, end - offset)));
            await context.Response.Body.FlushAsync();
        }

        if (abort)
        {
            context.Abort();
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class TestJson : System.Text.Json.Serialization.JsonSerializerContext
{
}
