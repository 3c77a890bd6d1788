using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Http;

namespace ImageContracts.Batches;

/// <summary>
/// Reads a batch output or error file (JSONL) line by line and maps each line back to its <c>custom_id</c>: success
/// lines with their images (decoded from base64 into a reused buffer, then handed out as bytes or written to files),
/// usage and cost; failed lines with their error. Memory is bounded by <see cref="BatchOutputOptions.MaxLineBytes"/>,
/// never by the file: a file of gigabytes is streamed. Not thread-safe; read it once.
/// </summary>
public sealed class BatchOutputReader : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly BatchOutputOptions _options;
    private readonly BatchLineReader _lines;
    private readonly List<ImageSlice> _slices = new();
    private byte[] _decoded = Array.Empty<byte>();
    private int _decodedCount;

    /// <summary>Creates a reader.</summary>
    /// <param name="stream">The file's content (e.g. from <see cref="ImagesClient.OpenFileContentAsync"/>).</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <param name="leaveOpen">Leave <paramref name="stream"/> open when the reader is disposed.</param>
    public BatchOutputReader(Stream stream, BatchOutputOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _options = options ?? new BatchOutputOptions();
        if (_options.MaxLineBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxLineBytes, "MaxLineBytes must be positive.");
        }

        _lines = new BatchLineReader(stream, _options.MaxLineBytes);
    }

    /// <summary>Reads every line, with each image's bytes in <see cref="BatchResult.Images"/> (one array per image).</summary>
    /// <param name="cancellationToken">Stops reading.</param>
    public async IAsyncEnumerable<BatchResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var images = new GeneratedImage[_slices.Count];
            for (int i = 0; i < images.Length; i++)
            {
                ImageSlice slice = _slices[i];
                byte[] bytes = _decoded.AsSpan(slice.Offset, slice.Length).ToArray();
                Uri? url = slice.Url is not null && Uri.TryCreate(slice.Url, UriKind.Absolute, out Uri? parsed) ? parsed : null;
                images[i] = new GeneratedImage(bytes, url, null, slice.RevisedPrompt, line.OutputFormat ?? ImagesResponseReader.Detect(bytes));
            }

            yield return Complete(line, images, Array.Empty<string>());
        }
    }

    /// <summary>Reads every line and writes its images to <paramref name="directory"/> as
    /// <c>CUSTOMID-N.EXT</c> (characters not allowed in file names become <c>_</c>); <see cref="BatchResult.Files"/>
    /// lists them. Existing files are overwritten.</summary>
    /// <param name="directory">Where to write (created when missing).</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public async IAsyncEnumerable<BatchResult> SaveImagesAsync(string directory, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var files = new string[_slices.Count];
            for (int i = 0; i < files.Length; i++)
            {
                ImageSlice slice = _slices[i];
                ReadOnlyMemory<byte> bytes = _decoded.AsMemory(slice.Offset, slice.Length);
                string extension = WireExtension(line.OutputFormat) ?? WireValue.FileExtension(ImageInspector.DetectFormat(bytes.Span));
                string path = Path.Combine(directory, FileNameOf(line.CustomId) + "-" + (i + 1) + "." + extension);
                var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
                await using (file.ConfigureAwait(false))
                {
                    await file.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                }

                files[i] = path;
            }

            yield return Complete(line, Array.Empty<GeneratedImage>(), files);
        }
    }

    /// <summary>Closes the stream unless told to leave it open.</summary>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private BatchResult Complete(ParsedLine line, IReadOnlyList<GeneratedImage> images, IReadOnlyList<string> files)
    {
        string? model = line.CustomId.Length > 0 && _options.Models is { } models && models.TryGetValue(line.CustomId, out string? m) ? m : null;
        return new BatchResult
        {
            Line = line.Number,
            CustomId = line.CustomId,
            Id = line.Id,
            StatusCode = line.StatusCode,
            RequestId = line.RequestId,
            Error = line.Error,
            Images = images,
            Files = files,
            OutputFormat = line.OutputFormat,
            Usage = line.Usage,
            Model = model,
            CostUsd = BatchCost.OfUsage(model, line.Usage, _options.ModelLookup, _options.Pricing),
        };
    }

    /// <summary>Reads and parses the next line into <see cref="_slices"/>/<see cref="_decoded"/>; null at the end.</summary>
    private async ValueTask<ParsedLine?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            (bool read, bool tooLong) = await _lines.NextAsync(cancellationToken).ConfigureAwait(false);
            if (!read)
            {
                return null;
            }

            _slices.Clear();
            _decodedCount = 0;
            if (tooLong)
            {
                return Unreadable(_lines.LineNumber, "The line is longer than MaxLineBytes (" + _options.MaxLineBytes + " bytes) and was skipped.");
            }

            ArraySegment<byte> text = _lines.Current;
            if (text.AsSpan().Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            try
            {
                return Parse(text, _lines.LineNumber);
            }
            catch (JsonException ex)
            {
                _slices.Clear();
                return Unreadable(_lines.LineNumber, "The line is not a valid batch result: " + ex.Message);
            }
        }
    }

    private static ParsedLine Unreadable(long number, string message) =>
        new() { Number = number, Error = new BatchResultError { Code = "unreadable_line", Message = message } };

    private ParsedLine Parse(ReadOnlySpan<byte> text, long number)
    {
        var line = new ParsedLine { Number = number };
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = 64 });
        JsonRead.Next(ref reader);
        JsonRead.ExpectObject(ref reader);
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("custom_id"u8))
            {
                line.CustomId = JsonRead.String(ref reader) ?? "";
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                line.Id = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("response"u8))
            {
                if (JsonRead.EnterObject(ref reader))
                {
                    ReadResponse(ref reader, line);
                }
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                if (JsonRead.EnterObject(ref reader))
                {
                    line.Error = ReadError(ref reader);
                }
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        if (line.Error is null && line.StatusCode is not (>= 200 and < 300))
        {
            line.Error = new BatchResultError { Code = "no_response", Message = "The line has neither a successful response nor an error (status " + (line.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing") + ")." };
        }

        return line;
    }

    private void ReadResponse(ref Utf8JsonReader reader, ParsedLine line)
    {
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("status_code"u8))
            {
                line.StatusCode = JsonRead.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("request_id"u8))
            {
                line.RequestId = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("body"u8))
            {
                if (JsonRead.EnterObject(ref reader))
                {
                    ReadBody(ref reader, line);
                }
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }
    }

    /// <summary>An images response (<c>data</c>, <c>usage</c>, settings) or an error body (<c>error</c>).</summary>
    private void ReadBody(ref Utf8JsonReader reader, ParsedLine line)
    {
        ImageSettingsFields settings = default;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                if (!JsonRead.EnterArray(ref reader))
                {
                    continue;
                }

                while (JsonRead.NextTokenType(ref reader) != JsonTokenType.EndArray)
                {
                    JsonRead.ExpectObject(ref reader);
                    ReadImage(ref reader);
                }
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                line.Usage = UsageReader.ReadImageUsage(ref reader);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                if (JsonRead.EnterObject(ref reader))
                {
                    line.Error = ReadError(ref reader);
                }
            }
            else if (!settings.TryRead(ref reader))
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        line.OutputFormat = settings.OutputFormat;
    }

    private void ReadImage(ref Utf8JsonReader reader)
    {
        var slice = new ImageSlice { Offset = _decodedCount };
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("b64_json"u8))
            {
                JsonRead.Next(ref reader);
                if (reader.TokenType == JsonTokenType.String)
                {
                    slice.Length = DecodeInto(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("url"u8))
            {
                slice.Url = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("revised_prompt"u8))
            {
                slice.RevisedPrompt = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        _slices.Add(slice);
    }

    /// <summary>Decodes the base64 string token into the reused buffer after what the line decoded so far.</summary>
    private int DecodeInto(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> base64 = reader.ValueSpan;
        byte[]? unescaped = null;
        try
        {
            if (reader.ValueIsEscaped)
            {
                unescaped = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
                base64 = unescaped.AsSpan(0, reader.CopyString(unescaped));
            }

            int needed = _decodedCount + Base64.GetMaxDecodedFromUtf8Length(base64.Length);
            if (needed > _decoded.Length)
            {
                Array.Resize(ref _decoded, Math.Max(needed, Math.Min(_decoded.Length * 2, _options.MaxLineBytes)));
            }

            OperationStatus status = Base64.DecodeFromUtf8(base64, _decoded.AsSpan(_decodedCount), out int consumed, out int written);
            if (status != OperationStatus.Done || consumed != base64.Length)
            {
                // Whitespace or missing padding: the lenient decoder handles those (rare; it allocates).
                byte[] lenient = Base64Utf8.Decode(base64);
                lenient.CopyTo(_decoded.AsSpan(_decodedCount));
                written = lenient.Length;
            }

            _decodedCount += written;
            return written;
        }
        finally
        {
            if (unescaped is not null)
            {
                ArrayPool<byte>.Shared.Return(unescaped);
            }
        }
    }

    private static BatchResultError ReadError(ref Utf8JsonReader reader)
    {
        string? code = null, message = null, type = null, param = null;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("code"u8))
            {
                code = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                message = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                type = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("param"u8))
            {
                param = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new BatchResultError { Code = code, Message = message ?? "", Type = type, Param = param };
    }

    private static string? WireExtension(string? outputFormat) => outputFormat switch
    {
        "png" => "png",
        "jpeg" or "jpg" => "jpg",
        "webp" => "webp",
        _ => null,
    };

    /// <summary>A file-name-safe form of a custom_id (at most 100 characters).</summary>
    private static string FileNameOf(string customId)
    {
        if (customId.Length == 0)
        {
            return "line";
        }

        var name = new StringBuilder(Math.Min(customId.Length, 100));
        foreach (char c in customId)
        {
            if (name.Length == 100)
            {
                break;
            }

            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return name[0] == '.' ? "_" + name.ToString(1, name.Length - 1) : name.ToString();
    }

    private sealed class ParsedLine
    {
        public long Number;
        public string CustomId = "";
        public string? Id;
        public int? StatusCode;
        public string? RequestId;
        public BatchResultError? Error;
        public string? OutputFormat;
        public ImageUsage? Usage;
    }

    private struct ImageSlice
    {
        public int Offset;
        public int Length;
        public string? Url;
        public string? RevisedPrompt;
    }
}
