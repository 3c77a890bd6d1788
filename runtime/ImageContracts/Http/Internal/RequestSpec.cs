using System;
using System.Diagnostics;
using System.Net.Http;
using System.Net.Http.Headers;

namespace ImageContracts.Http;

/// <summary>What to send: method, path, a body that can be re-created for each attempt, and whether a stream is expected.</summary>
internal sealed class RequestSpec : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    private readonly PooledBuffer? _json;
    private readonly MultipartWriter? _multipart;
    private Func<HttpContent>? _content;

    private RequestSpec(HttpMethod method, string path, string operation, string model, PooledBuffer? json, MultipartWriter? multipart, bool stream)
    {
        Method = method;
        Path = path;
        Operation = operation;
        Model = model;
        _json = json;
        _multipart = multipart;
        Stream = stream;
    }

    public HttpMethod Method { get; }

    /// <summary>The path relative to the base address, e.g. <c>images/generations</c>.</summary>
    public string Path { get; }

    /// <summary>A name for messages and logs, e.g. <c>generate</c>.</summary>
    public string Operation { get; }

    public string Model { get; }

    /// <summary>True when the response is expected as <c>text/event-stream</c>.</summary>
    public bool Stream { get; }

    /// <summary>The call's span, when telemetry is listening.</summary>
    public Activity? Activity { get; set; }

    /// <summary>A top-level string or number field of the body (for telemetry: <c>size</c>, <c>quality</c>).</summary>
    public string? Parameter(string name)
    {
        if (_multipart is not null)
        {
            foreach (MultipartPart part in _multipart.Parts)
            {
                if (!part.IsFile && part.Name == name)
                {
                    return part.Value;
                }
            }

            return null;
        }

        if (_json is null)
        {
            return null;
        }

        var reader = new System.Text.Json.Utf8JsonReader(_json.WrittenSpan);
        if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
        {
            bool match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                return reader.TokenType == System.Text.Json.JsonTokenType.String ? reader.GetString()
                    : reader.TokenType == System.Text.Json.JsonTokenType.Number ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan) : null;
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>Bytes of the JSON body, when it has one.</summary>
    public int JsonLength => _json?.Count ?? 0;

    public static RequestSpec Json(string path, string operation, string model, PooledBuffer body, bool stream) =>
        new(HttpMethod.Post, path, operation, model, body, null, stream);

    public static RequestSpec Multipart(string path, string operation, string model, MultipartWriter body, bool stream) =>
        new(HttpMethod.Post, path, operation, model, null, body, stream);

    public static RequestSpec Get(string path, string operation) =>
        new(HttpMethod.Get, path, operation, "", null, null, false);

    /// <summary>A request whose body (if any) is made fresh for each attempt by <paramref name="content"/>.</summary>
    public static RequestSpec Custom(HttpMethod method, string path, string operation, Func<HttpContent>? content) =>
        new(method, path, operation, "", null, null, false) { _content = content };

    /// <summary>A fresh request message for one attempt (contents wrap the same bytes; nothing is copied).</summary>
    public HttpRequestMessage Create(Uri baseAddress)
    {
        var request = new HttpRequestMessage(Method, new Uri(baseAddress, Path));
        if (_json is not null)
        {
            var content = new ReadOnlyMemoryContent(_json.WrittenMemory);
            content.Headers.ContentType = JsonType;
            request.Content = content;
        }
        else if (_multipart is not null)
        {
            request.Content = _multipart.ToContent();
        }
        else if (_content is not null)
        {
            request.Content = _content();
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Stream ? "text/event-stream" : "application/json"));
        return request;
    }

    public void Dispose() => _json?.Dispose();
}
