using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Http;

namespace ImageContracts.Cli.Server;

/// <summary>
/// <c>GET /v1/models</c> for <c>models --check</c>. The ImagesClient has no model listing yet (issue: open catalog adds
/// <c>ListModelsAsync</c>), so this small reader does it: bounded body, API errors mapped like the client's.
/// </summary>
internal static class ModelsListing
{
    private const int MaxBodyBytes = 16 * 1024 * 1024;

    public static async Task<IReadOnlyList<ServedModel>> GetAsync(Uri baseAddress, string? apiKey, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "models"));
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ImageConnectionException("GET /models failed: " + ex.Message, isTimeout: false, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ImageConnectionException("GET /models timed out after 60 s.", isTimeout: true, ex);
        }

        using (response)
        {
            byte[] body = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                string? message = null;
                try
                {
                    using JsonDocument error = JsonDocument.Parse(body);
                    if (error.RootElement.TryGetProperty("error", out JsonElement e) && e.TryGetProperty("message", out JsonElement m))
                    {
                        message = m.GetString();
                    }
                }
                catch (JsonException)
                {
                    // not the API's error shape: report the status alone
                }

                throw new ImageApiException(response.StatusCode, ImageApiException.Classify(response.StatusCode, null, null), "GET /models: " + (message ?? "HTTP " + (int)response.StatusCode));
            }

            return Parse(body);
        }
    }

    /// <summary>Reads <c>{"data": [{"id": ..., "shutdown_date": ...}, ...]}</c>.</summary>
    public static IReadOnlyList<ServedModel> Parse(ReadOnlySpan<byte> body)
    {
        var models = new List<ServedModel>();
        try
        {
            var reader = new Utf8JsonReader(body);
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            if (!document.RootElement.TryGetProperty("data", out JsonElement data) || data.ValueKind != JsonValueKind.Array)
            {
                throw new ImageResponseException("GET /models answered without a 'data' array.", HttpStatusCode.OK);
            }

            foreach (JsonElement model in data.EnumerateArray())
            {
                if (model.ValueKind == JsonValueKind.Object && model.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String)
                {
                    string? shutdown = model.TryGetProperty("shutdown_date", out JsonElement date) && date.ValueKind == JsonValueKind.String ? date.GetString() : null;
                    models.Add(new ServedModel(id.GetString()!, shutdown));
                }
            }
        }
        catch (JsonException ex)
        {
            throw new ImageResponseException("GET /models answered with malformed JSON: " + ex.Message, HttpStatusCode.OK, ex);
        }

        return models;
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    throw new ImageResponseException("GET /models answered with more than " + (MaxBodyBytes / 1024 / 1024) + " MiB.", response.StatusCode);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
