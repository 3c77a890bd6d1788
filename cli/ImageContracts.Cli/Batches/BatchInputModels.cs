using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Batches;
using ImageContracts.Http;

namespace ImageContracts.Cli.Batches;

/// <summary>The model of each line of a batch, read back from its input file: an image response's usage does not name
/// the model, and the process that created the batch (which knew) may be long gone.</summary>
internal static class BatchInputModels
{
    /// <summary>custom_id → model, or null (with the reason) when the input file cannot be read.</summary>
    public static async Task<(IReadOnlyDictionary<string, string>? Models, string? Problem)> ReadAsync(ImagesClient client, BatchJob batch, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(batch.InputFileId))
        {
            return (null, "the batch names no input file");
        }

        var models = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            await using Stream content = await client.OpenFileContentAsync(batch.InputFileId, cancellationToken).ConfigureAwait(false);
            using var reader = new StreamReader(content, System.Text.Encoding.UTF8);
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (line.Length > 0 && Read(line) is ({ } customId, { } model))
                {
                    models[customId] = model;
                }
            }
        }
        catch (ImagesClientException ex)
        {
            return (null, "its input file " + batch.InputFileId + " could not be read (" + ex.Message + ")");
        }

        return (models, null);
    }

    private static (string? CustomId, string? Model) Read(string line)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("custom_id", out JsonElement id) && id.ValueKind == JsonValueKind.String
                && root.TryGetProperty("body", out JsonElement body) && body.ValueKind == JsonValueKind.Object
                && body.TryGetProperty("model", out JsonElement model) && model.ValueKind == JsonValueKind.String)
            {
                return (id.GetString(), model.GetString());
            }
        }
        catch (JsonException)
        {
            // a line the batch would have refused: it has no result to price
        }

        return (null, null);
    }
}
