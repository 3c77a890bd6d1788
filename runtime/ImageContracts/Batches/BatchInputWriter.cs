using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ImageContracts.Http;

namespace ImageContracts.Batches;

/// <summary>
/// Writes a Batch API input file (JSONL: one <c>{"custom_id","method":"POST","url","body"}</c> object per line) from
/// typed, loose or wire-name requests. Every request is validated by its contract first (the engine single calls use);
/// requests that break it, stream (<c>stream</c>, <c>partial_images</c>), upload files (multipart), target another
/// endpoint than the batch's, reuse a <c>custom_id</c> or exceed the batch limits are refused or reported
/// (<see cref="BatchInputOptions.InvalidLines"/>) with their <c>custom_id</c>. Not thread-safe.
/// </summary>
public sealed class BatchInputWriter : IDisposable
{
    /// <summary>Parameters a batch line cannot use: a batch answers once, in its output file.</summary>
    private static readonly string[] StreamingParameters = { "stream", "partial_images" };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly BatchInputOptions _options;
    private readonly BatchPricing? _pricing;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _models = new(StringComparer.Ordinal);
    private readonly List<BatchLineProblem> _problems = new();
    private readonly List<string> _openEnded = new();
    private readonly PooledBuffer _body = new(4096);
    private readonly PooledBuffer _line = new(4096);
    private int _requests;
    private int _lines;
    private long _bytes;
    private string? _endpoint;
    private decimal _min;
    private decimal _max;
    private decimal _largest;

    /// <summary>Creates a writer over a stream (a file, or a <see cref="MemoryStream"/> to upload).</summary>
    /// <param name="output">Where the JSONL goes.</param>
    /// <param name="options">Settings; null for the defaults (refuse invalid lines, no catalog).</param>
    /// <param name="leaveOpen">Leave <paramref name="output"/> open when the writer is disposed.</param>
    public BatchInputWriter(Stream output, BatchInputOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The batch input stream is not writable.", nameof(output));
        }

        _output = output;
        _leaveOpen = leaveOpen;
        _options = options ?? new BatchInputOptions();
        _pricing = _options.Pricing ?? _options.Catalog?.Batch;
    }

    /// <summary>The batch endpoint, fixed by the first written line (null before).</summary>
    public string? Endpoint => _endpoint;

    /// <summary>Lines written so far.</summary>
    public int Lines => _lines;

    /// <summary>Requests left out so far (with <see cref="BatchInvalidLines.Report"/>).</summary>
    public IReadOnlyList<BatchLineProblem> Problems => _problems;

    /// <summary>Adds a request (a typed request such as <c>GptImage2.GenerateRequest</c>, or a loose one). Only JSON
    /// bodies can go in a batch: generations and JSON edits (images by URL, data URL or file id).</summary>
    /// <param name="customId">The id that comes back with the line's result; unique within the batch.</param>
    /// <param name="request">The request.</param>
    /// <returns>True when written; false when reported (with <see cref="BatchInvalidLines.Report"/>).</returns>
    /// <exception cref="BatchLineException">The request cannot be a batch line (with <see cref="BatchInvalidLines.Refuse"/>).</exception>
    public bool Add(string customId, IImageRequest request)
    {
        ArgumentNullException.ThrowIfNull(customId);
        ArgumentNullException.ThrowIfNull(request);
        _requests++;
        var errors = new List<ValidationFinding>();
        CheckId(customId, errors);
        string? url = UrlOf(request, errors);
        if (url is not null && _endpoint is not null && url != _endpoint)
        {
            errors.Add(Error("url", "batch_endpoint_mismatch", "This " + url + " request cannot join a batch for " + _endpoint + ": every line of a batch targets the batch's one endpoint."));
        }

        ValidationResult validation = request.Validate(_options.Validation ?? ValidationOptions.Default);
        errors.AddRange(validation.Errors);
        if (_options.WarningsAsErrors)
        {
            errors.AddRange(validation.Warnings);
        }

        _body.Rewind(_body.Count);
        if (request is IJsonRequest json && url is not null)
        {
            using (var writer = new Utf8JsonWriter(_body, WriterOptions))
            {
                json.WriteJson(writer);
            }

            CheckStreaming(_body.WrittenSpan, errors);
        }

        if (_lines >= _options.MaxRequests)
        {
            errors.Add(Error(null, "batch_too_many_requests", "A batch holds at most " + _options.MaxRequests + " requests (NODE-7590); start another batch."));
        }

        if (errors.Count == 0)
        {
            BuildLine(customId, url!);
            if (_bytes + _line.Count > _options.MaxBytes)
            {
                errors.Add(Error(null, "batch_too_large", "This line (" + _line.Count + " bytes) would take the input file past " + _options.MaxBytes + " bytes (NODE-7590: up to 200 MB); start another batch."));
            }
        }

        if (errors.Count > 0)
        {
            var problem = new BatchLineProblem { CustomId = customId, Request = _requests, Model = request.Model, Errors = errors };
            if (_options.InvalidLines == BatchInvalidLines.Refuse)
            {
                throw new BatchLineException(problem);
            }

            _problems.Add(problem);
            return false;
        }

        _output.Write(_line.WrittenSpan);
        _bytes += _line.Count;
        _lines++;
        _endpoint ??= url;
        _ids.Add(customId);
        _models[customId] = request.Model;
        AddCost(customId, request);
        return true;
    }

    /// <summary>Adds a request given by wire names, validated through <see cref="BatchInputOptions.Catalog"/>.</summary>
    /// <param name="customId">The id that comes back with the line's result.</param>
    /// <param name="endpoint"><c>generations</c> or <c>edits</c> (JSON edits: <c>images</c> as <see cref="ImageReference"/>s).</param>
    /// <param name="model">The model id.</param>
    /// <param name="parameters">Wire names to values (strings, numbers, booleans, <see cref="ImageReference"/>s).</param>
    /// <returns>True when written; false when reported.</returns>
    /// <exception cref="BatchLineException">The request cannot be a batch line (with <see cref="BatchInvalidLines.Refuse"/>).</exception>
    public bool Add(string customId, string endpoint, string model, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(parameters);
        if (_options.Catalog is null)
        {
            throw new InvalidOperationException("Requests given by wire names need BatchInputOptions.Catalog (the generated ImageContract.Catalog) to be validated.");
        }

        ImageEndpoint kind = endpoint switch
        {
            "generations" => ImageEndpoint.Generations,
            "edits" or "json-edits" => ImageEndpoint.JsonEdits,
            _ => ImageEndpoint.Variations,
        };
        string? refusal = kind == ImageEndpoint.Variations
            ? "Unknown or unbatchable endpoint '" + endpoint + "': a batch takes generations or (JSON) edits."
            : null;
        var request = new WireImageRequest(model, kind, _options.Catalog);
        foreach (KeyValuePair<string, object?> parameter in parameters)
        {
            switch (parameter.Value)
            {
                case ImageReference mask when parameter.Key == "mask":
                    request.Mask = mask;
                    break;
                case IEnumerable<ImageReference> references when parameter.Key == "images":
                    request.References.AddRange(references);
                    break;
                case ImageFile or byte[]:
                case IEnumerable files when files is not string && IsFileList(files):
                    refusal = parameter.Key + " holds image bytes: a batch line is JSON and cannot upload files. Upload them first (purpose vision) and give images as file ids, URLs or data URLs.";
                    break;
                default:
                    if (parameter.Key != "model")
                    {
                        request.Set(parameter.Key, parameter.Value);
                    }

                    break;
            }
        }

        return Add(customId, refusal is null ? request : new UnbatchableRequest(request, refusal));
    }

    /// <summary>Flushes and describes what was written.</summary>
    public BatchInputSummary Complete()
    {
        _output.Flush();
        return new BatchInputSummary
        {
            Endpoint = _endpoint,
            Lines = _lines,
            Bytes = _bytes,
            Problems = _problems.ToArray(),
            Cost = new BatchCostEstimate
            {
                Lines = _lines,
                ListMinUsd = _min,
                ListMaxUsd = _max,
                Discount = _pricing?.Discount ?? 0m,
                DiscountConfirmed = _pricing?.Confirmed ?? false,
                DiscountSource = _pricing?.Source,
                LargestLineMaxUsd = _largest * (1m - (_pricing?.Discount ?? 0m)),
                OpenEndedLines = _openEnded.ToArray(),
            },
            Models = new Dictionary<string, string>(_models, StringComparer.Ordinal),
        };
    }

    /// <summary>Returns the buffers; closes the stream unless told to leave it open.</summary>
    public void Dispose()
    {
        _body.Dispose();
        _line.Dispose();
        if (!_leaveOpen)
        {
            _output.Dispose();
        }
    }

    private void CheckId(string customId, List<ValidationFinding> errors)
    {
        if (string.IsNullOrWhiteSpace(customId))
        {
            errors.Add(Error("custom_id", "batch_custom_id_missing", "Every batch line needs a non-empty custom_id: it is how results find their request."));
        }
        else if (_ids.Contains(customId))
        {
            errors.Add(Error("custom_id", "batch_custom_id_duplicate", "custom_id \"" + customId + "\" is already used by an earlier line; custom_ids must be unique within a batch."));
        }
    }

    private static string? UrlOf(IImageRequest request, List<ValidationFinding> errors)
    {
        if (request is UnbatchableRequest)
        {
            return null;
        }

        switch (request.Endpoint)
        {
            case ImageEndpoint.Generations when request is IJsonRequest:
                return BatchLimits.GenerationsUrl;
            case ImageEndpoint.JsonEdits when request is IJsonRequest:
                return BatchLimits.EditsUrl;
            case ImageEndpoint.Edits:
                errors.Add(Error("image", "batch_multipart", "A batch line is JSON: a multipart edit with uploaded image bytes cannot be one. Use a JSON edit request with images by file id (upload them first), URL or data URL."));
                return null;
            default:
                errors.Add(Error(null, "batch_endpoint_not_supported", "The Batch API takes image lines for " + BatchLimits.GenerationsUrl + " and " + BatchLimits.EditsUrl + " only (NODE-7590); this request is for " + WireValue.Endpoint(request.Endpoint) + "."));
                return null;
        }
    }

    /// <summary>Streaming parameters: a batch answers each line once, in the output file.</summary>
    private static void CheckStreaming(ReadOnlySpan<byte> body, List<ValidationFinding> errors)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            errors.Add(Error(null, "batch_body_not_object", "The request did not write a JSON object."));
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string? name = null;
            foreach (string forbidden in StreamingParameters)
            {
                if (reader.ValueTextEquals(forbidden))
                {
                    name = forbidden;
                }
            }

            reader.Read();
            bool harmless = reader.TokenType is JsonTokenType.Null or JsonTokenType.False;
            reader.Skip();
            if (name is not null && !harmless)
            {
                errors.Add(Error(name, "batch_streaming", name + " cannot be used in a batch line: a batch never streams, each line's result arrives once in the output file. Leave " + name + " unset."));
            }
        }
    }

    private void BuildLine(string customId, string url)
    {
        _line.Rewind(_line.Count);
        using (var writer = new Utf8JsonWriter(_line, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("custom_id", customId);
            writer.WriteString("method", "POST");
            writer.WriteString("url", url);
            writer.WritePropertyName("body");
            writer.WriteRawValue(_body.WrittenSpan, skipInputValidation: true);
            writer.WriteEndObject();
        }

        _line.GetSpan(1)[0] = (byte)'\n';
        _line.Advance(1);
    }

    private void AddCost(string customId, IImageRequest request)
    {
        CostEstimate estimate;
        try
        {
            estimate = request.EstimateCost();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            _openEnded.Add(customId);
            return;
        }

        _min += estimate.MinUsd;
        _max += estimate.MaxUsd;
        _largest = Math.Max(_largest, estimate.MaxUsd);
        if (estimate.IsOpenEnded)
        {
            _openEnded.Add(customId);
        }
    }

    private static bool IsFileList(IEnumerable values)
    {
        foreach (object? value in values)
        {
            return value is ImageFile or byte[];
        }

        return false;
    }

    private static ValidationFinding Error(string? parameter, string code, string message) => new(parameter, code, message, RuleSeverity.Error);

    /// <summary>A wire-name request that cannot be a batch line (only reported, never written).</summary>
    private sealed class UnbatchableRequest(WireImageRequest inner, string reason) : IImageRequest
    {
        public string Model => inner.Model;

        public ImageEndpoint Endpoint => ImageEndpoint.Variations;

        public ValidationResult Validate() => new(new[] { Error(null, "batch_not_batchable", reason) });

        public ValidationResult Validate(ValidationOptions options) => Validate();

        public CostEstimate EstimateCost(int? promptTokens = null) => inner.EstimateCost(promptTokens);

        public IReadOnlyDictionary<string, object?> ToParameters() => inner.ToParameters();
    }
}
