using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

public sealed partial class ImagesClient
{
    private const string FilesPath = "files";

    /// <summary><c>POST /files</c> (multipart <c>purpose</c> + <c>file</c>): uploads an image so JSON edits and Responses
    /// input can refer to it by id (<see cref="UploadedFile.ToReference"/>).</summary>
    /// <param name="file">The image; its name is <see cref="ImageFile.EffectiveFileName"/>.</param>
    /// <param name="purpose">The purpose; <c>vision</c> for image inputs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored file.</returns>
    public async Task<UploadedFile> UploadFileAsync(ImageFile file, string purpose = "vision", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        var writer = new MultipartWriter().AddText("purpose", purpose).AddFile("file", file);
        using RequestSpec spec = RequestSpec.Multipart(FilesPath, "file upload", "", writer, stream: false);
        using System.Diagnostics.Activity? activity = StartActivity("upload_file", "", spec);
        try
        {
            var result = await ExecuteAsync(spec, ReadFileAsync, keepOpen: false, cancellationToken).ConfigureAwait(false);
            return result.Value;
        }
        catch (Exception ex) when (activity is not null)
        {
            ImagesTelemetry.Failed(activity, ex);
            throw;
        }
    }

    /// <summary><c>POST /files</c> from a seekable stream (a batch input file, for instance), sent from its current
    /// position without being buffered in memory; every retry sends the same bytes.</summary>
    /// <param name="content">The file's content; must be seekable (a <see cref="System.IO.FileStream"/> or <see cref="System.IO.MemoryStream"/>). Not closed.</param>
    /// <param name="fileName">The file name sent, e.g. <c>batch.jsonl</c>.</param>
    /// <param name="purpose">The purpose, e.g. <c>batch</c> or <c>vision</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored file.</returns>
    public async Task<UploadedFile> UploadFileAsync(System.IO.Stream content, string fileName, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        if (!content.CanSeek || !content.CanRead)
        {
            throw new ArgumentException("The upload needs a readable, seekable stream (a FileStream or MemoryStream) so a failed attempt can be sent again.", nameof(content));
        }

        long start = content.Position;
        using RequestSpec spec = RequestSpec.Custom(HttpMethod.Post, FilesPath, "file upload", () =>
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(purpose), "\"purpose\"" },
            };
            var file = new SeekableUploadContent(content, start);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(fileName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? "application/jsonl" : "application/octet-stream");
            form.Add(file, "\"file\"", "\"" + fileName.Replace("\"", "", StringComparison.Ordinal) + "\"");
            return form;
        });
        using System.Diagnostics.Activity? activity = StartActivity("upload_file", "", spec);
        try
        {
            var result = await ExecuteAsync(spec, ReadFileAsync, keepOpen: false, cancellationToken).ConfigureAwait(false);
            return result.Value;
        }
        catch (Exception ex) when (activity is not null)
        {
            ImagesTelemetry.Failed(activity, ex);
            throw;
        }
    }

    /// <summary><c>GET /files/{id}/content</c>: opens a stored file (a batch output or error file, for instance) as a
    /// stream that is read as it arrives, never buffered whole. Dispose it to close the connection.
    /// <see cref="ImagesClientOptions.Timeout"/> covers the whole download: raise it for files of gigabytes.</summary>
    /// <param name="fileId">The file id.</param>
    /// <param name="cancellationToken">Cancels opening the file (pass it to reads as well).</param>
    /// <returns>The content.</returns>
    public async Task<System.IO.Stream> OpenFileContentAsync(string fileId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileId);
        using RequestSpec spec = RequestSpec.Get(FilesPath + "/" + Uri.EscapeDataString(fileId) + "/content", "file content");
        var sent = await ExecuteAsync(spec, (_, _) => Task.FromResult(true), keepOpen: true, cancellationToken).ConfigureAwait(false);
        try
        {
            System.IO.Stream body = await sent.Response!.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ResponseContentStream(body, sent.Response, sent.Timeout!);
        }
        catch
        {
            sent.Response!.Dispose();
            sent.Timeout!.Dispose();
            throw;
        }
    }

    private async Task<UploadedFile> ReadFileAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? requestId = RequestIdOf(response);
        using PooledBuffer body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            return Parse(body.WrittenSpan);
        }
        catch (JsonException ex)
        {
            throw new ImageResponseException("The file upload response is not a valid file object: " + ex.Message, response.StatusCode, ex) { RequestId = requestId };
        }

        static UploadedFile Parse(ReadOnlySpan<byte> data)
        {
            var reader = new Utf8JsonReader(data);
            JsonRead.Next(ref reader);
            JsonRead.ExpectObject(ref reader);
            string id = "";
            string? name = null, purpose = null;
            long bytes = 0;
            long? created = null, expires = null;
            while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    id = JsonRead.String(ref reader) ?? "";
                }
                else if (reader.ValueTextEquals("filename"u8))
                {
                    name = JsonRead.String(ref reader);
                }
                else if (reader.ValueTextEquals("purpose"u8))
                {
                    purpose = JsonRead.String(ref reader);
                }
                else if (reader.ValueTextEquals("bytes"u8))
                {
                    bytes = JsonRead.Int64(ref reader) ?? 0;
                }
                else if (reader.ValueTextEquals("created_at"u8))
                {
                    created = JsonRead.Int64(ref reader);
                }
                else if (reader.ValueTextEquals("expires_at"u8))
                {
                    expires = JsonRead.Int64(ref reader);
                }
                else
                {
                    JsonRead.SkipValue(ref reader);
                }
            }

            if (id.Length == 0)
            {
                throw new JsonException("The file object has no id.");
            }

            return new UploadedFile { Id = id, FileName = name, Bytes = bytes, Purpose = purpose, CreatedAt = JsonRead.UnixTime(created), ExpiresAt = JsonRead.UnixTime(expires) };
        }
    }
}
