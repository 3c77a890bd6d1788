using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ImageContracts.Emulator;

/// <summary><c>/v1/files</c>: upload (multipart <c>file</c> + <c>purpose</c>), list, retrieve, download, delete.</summary>
internal static class FilesEndpoints
{
    /// <summary>The purposes the Files API accepts (NODE-7590 <c>FilePurpose</c>).</summary>
    private static readonly string[] Purposes = { "assistants", "batch", "fine-tune", "vision", "user_data", "evals" };

    public static IEndpointRouteBuilder MapFiles(this IEndpointRouteBuilder app, EmulatorState state)
    {
        app.MapPost("/v1/files", (HttpContext context) => UploadAsync(context, state));
        app.MapGet("/v1/files", (HttpContext context) => ReplyWriter.WriteAsync(context, new EmulatorReply(200, JsonBytes.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("object", "list");
            w.WriteStartArray("data");
            foreach (StoredFile file in state.Files.List())
            {
                Write(w, file);
            }

            w.WriteEndArray();
            w.WriteBoolean("has_more", false);
            w.WriteEndObject();
        }))));
        app.MapGet("/v1/files/{id}", (HttpContext context, string id) => ReplyWriter.WriteAsync(context,
            state.Files.Find(id) is { } file ? new EmulatorReply(200, JsonBytes.Write(w => Write(w, file))) : NotFound(id)));
        app.MapGet("/v1/files/{id}/content", (HttpContext context, string id) => ReplyWriter.WriteAsync(context,
            state.Files.Find(id) is { } file ? new EmulatorReply(200, file.Content, ContentTypeOf(file.FileName)) : NotFound(id)));
        app.MapDelete("/v1/files/{id}", (HttpContext context, string id) => ReplyWriter.WriteAsync(context,
            state.Files.Delete(id)
                ? new EmulatorReply(200, JsonBytes.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("id", id);
                    w.WriteString("object", "file");
                    w.WriteBoolean("deleted", true);
                    w.WriteEndObject();
                }))
                : NotFound(id)));
        return app;
    }

    /// <summary>The file object (NODE-7590 <c>FileObject</c>).</summary>
    public static void Write(Utf8JsonWriter w, StoredFile file)
    {
        w.WriteStartObject();
        w.WriteString("id", file.Id);
        w.WriteString("object", "file");
        w.WriteNumber("bytes", file.Bytes);
        w.WriteNumber("created_at", file.CreatedAt);
        w.WriteString("filename", file.FileName);
        w.WriteString("purpose", file.Purpose);
        w.WriteString("status", "processed");
        w.WriteNull("expires_at");
        w.WriteNull("status_details");
        w.WriteEndObject();
    }

    private static async Task UploadAsync(HttpContext context, EmulatorState state)
    {
        if (!context.Request.HasFormContentType)
        {
            await ReplyWriter.WriteAsync(context, ApiErrors.BadRequest("Uploads must be multipart/form-data with 'file' and 'purpose'.", null, null));
            return;
        }

        IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
        string purpose = form["purpose"].ToString();
        IFormFile? upload = form.Files.GetFile("file");
        if (upload is null)
        {
            await ReplyWriter.WriteAsync(context, ApiErrors.BadRequest("Missing required parameter: 'file'.", "file", "missing_required_parameter"));
            return;
        }

        if (!Purposes.Contains(purpose, StringComparer.Ordinal))
        {
            await ReplyWriter.WriteAsync(context, ApiErrors.BadRequest(
                $"Invalid value: '{purpose}'. Supported values are: {string.Join(", ", Purposes.Select(p => "'" + p + "'"))}.", "purpose", "invalid_value"));
            return;
        }

        using var content = new MemoryStream();
        await upload.CopyToAsync(content, context.RequestAborted);
        StoredFile file = state.Files.Add(string.IsNullOrEmpty(upload.FileName) ? "upload" : Path.GetFileName(upload.FileName), purpose, content.ToArray(), state.UnixNow);
        await ReplyWriter.WriteAsync(context, new EmulatorReply(200, JsonBytes.Write(w => Write(w, file))));
    }

    private static EmulatorReply NotFound(string id)
        => ApiErrors.Reply(404, $"No such File object: {id}", ApiErrors.InvalidRequest, "id", null);

    private static string ContentTypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".gif" => "image/gif",
        ".jsonl" => "application/jsonl",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };
}
