using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Batches;
using ImageContracts.Cli.Commands;

namespace ImageContracts.Cli.Batches;

/// <summary>
/// Reads a JSONL file of image requests into a <see cref="BatchInputWriter"/>, which validates every line with the
/// request's contract and writes the Batch API input. A line is either a batch line as the API takes it
/// (<c>{"custom_id","method":"POST","url":"/v1/images/generations","body":{...}}</c>) or, shorter, a request body with
/// its <c>custom_id</c> beside the parameters (<c>{"custom_id":"a","model":"gpt-image-2","prompt":"..."}</c>), sent to the
/// endpoint given by <c>--endpoint</c>. Every line is read; the ones that cannot be sent are collected with their line
/// number, not thrown, so one run reports all of them.
/// </summary>
internal static class BatchRequestsFile
{
    /// <summary>Lines longer than this are refused unread (a batch input file is at most 200 MB; an edit line with a
    /// data URL can be large, but not this large).</summary>
    private const int MaxLineChars = 64 * 1024 * 1024;

    /// <summary>What reading the file gave: the writer's summary, the requests read (non-blank lines) and the problems, in line order.</summary>
    public sealed record Result(BatchInputSummary Summary, int Requests, IReadOnlyList<BatchInputProblem> Problems);

    /// <param name="path">The requests file.</param>
    /// <param name="defaultEndpoint"><c>generations</c> or <c>edits</c>, for lines without <c>url</c>.</param>
    /// <param name="output">Where the JSONL goes (<see cref="Stream.Null"/> for a dry run); left open.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async Task<Result> ReadAsync(string path, string defaultEndpoint, Stream output, CancellationToken cancellationToken)
    {
        var problems = new List<BatchInputProblem>();
        var lineOfRequest = new List<long>();
        using var writer = new BatchInputWriter(output, new BatchInputOptions { Catalog = ImageContract.Catalog, InvalidLines = BatchInvalidLines.Report }, leaveOpen: true);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { Options = FileOptions.SequentialScan });
        long number = 0;
        int requests = 0;
        int reported = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            requests++;
            if (text.Length > MaxLineChars)
            {
                problems.Add(Unreadable(number, null, "The line has " + text.Length + " characters; lines above " + MaxLineChars + " are not read."));
                continue;
            }

            if (Parse(number, text, defaultEndpoint, problems) is not { } line)
            {
                continue;
            }

            lineOfRequest.Add(number);
            writer.Add(line.CustomId, line.Endpoint, line.Model, line.Parameters);
            if (writer.Problems.Count > reported)
            {
                BatchLineProblem refused = writer.Problems[reported++];
                problems.Add(new BatchInputProblem(lineOfRequest[refused.Request - 1], refused.CustomId, refused.Model, refused.Errors));
            }
        }

        return new Result(writer.Complete(), requests, problems);
    }

    private static RequestLine? Parse(long number, string text, string defaultEndpoint, List<BatchInputProblem> problems)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Unreadable(number, null, "The line holds a JSON " + root.ValueKind.ToString().ToLowerInvariant() + "; each line is one JSON object."));
                return null;
            }

            string? customId = root.TryGetProperty("custom_id", out JsonElement id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            if (string.IsNullOrWhiteSpace(customId))
            {
                problems.Add(Unreadable(number, null, "The line has no custom_id (a non-empty string): it is how a result finds its request."));
                return null;
            }

            bool batchLine = root.TryGetProperty("body", out JsonElement body);
            string endpoint = defaultEndpoint;
            if (batchLine)
            {
                string? method = root.TryGetProperty("method", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                string? url = root.TryGetProperty("url", out JsonElement u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                if (body.ValueKind != JsonValueKind.Object || method != "POST" || url is null)
                {
                    problems.Add(Unreadable(number, customId, "A batch line needs \"method\": \"POST\", \"url\" (/v1/images/generations or /v1/images/edits) and \"body\" (an object)."));
                    return null;
                }

                endpoint = url switch
                {
                    BatchLimits.GenerationsUrl => "generations",
                    BatchLimits.EditsUrl => "edits",
                    _ => url, // the writer refuses it and says which endpoints a batch takes
                };
            }
            else
            {
                body = root;
            }

            Dictionary<string, object?> parameters = JsonRequestValues.Read(body);
            parameters.Remove("custom_id");
            if (!parameters.TryGetValue("model", out object? model) || model is not string modelId || modelId.Length == 0)
            {
                problems.Add(new BatchInputProblem(number, customId, null, new[]
                {
                    new ValidationFinding("model", ValidationCodes.MissingRequired, "The request has no model: the model decides which contract checks it and what it costs.", RuleSeverity.Error),
                }));
                return null;
            }

            return new RequestLine(customId, endpoint, modelId, parameters);
        }
        catch (JsonException ex)
        {
            problems.Add(Unreadable(number, null, "The line is not valid JSON: " + ex.Message));
            return null;
        }
    }

    private static BatchInputProblem Unreadable(long number, string? customId, string message) =>
        new(number, customId, null, new[] { new ValidationFinding(null, "batch_line_unreadable", message, RuleSeverity.Error) });

    private sealed record RequestLine(string CustomId, string Endpoint, string Model, Dictionary<string, object?> Parameters);
}
