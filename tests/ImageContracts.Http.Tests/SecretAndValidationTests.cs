using System.Text;
using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests;

/// <summary>The API key never appears in exception text; requests are validated before sending unless turned off.</summary>
public class SecretAndValidationTests
{
    private static GptImage26Sunburst.GenerateRequest Request => new("a red apple");

    /// <summary>Hides a constant from the compile-time analyzer, so the run-time validator is what rejects it.</summary>
    private static int AtRunTime(int value) => value;

    public static TheoryData<string> Faults => new()
    {
        "401-echo", "500-html-echo", "429-capped", "timeout", "reset", "stream-cut", "stream-error-echo", "failed-response-echo", "refused",
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public Task The_api_key_never_appears_in_exception_text(string fault) => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync(async (ctx, r) =>
        {
            string echoed = ctx.Request.Headers.Authorization.ToString();
            switch (fault)
            {
                case "401-echo":
                    await Respond.Error(ctx, 401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided: " + echoed + ".");
                    break;
                case "500-html-echo":
                    await Respond.Bytes(ctx, Encoding.UTF8.GetBytes("<html>upstream said " + echoed + "</html>"), "text/html", 500);
                    break;
                case "429-capped":
                    await Respond.Error(ctx, 429, "requests", null, "limit for " + echoed, headers: ("Retry-After", "100000"));
                    break;
                case "timeout":
                    await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
                    break;
                case "reset":
                    ctx.Response.ContentLength = 1000;
                    await ctx.Response.Body.WriteAsync(new byte[10]);
                    ctx.Abort();
                    break;
                case "stream-cut":
                    await Respond.Sse(ctx, Encoding.UTF8.GetBytes("event: x\ndata: {\"type\":\"" + echoed));
                    break;
                case "stream-error-echo":
                    await Respond.Sse(ctx, Encoding.UTF8.GetBytes(Payloads.Event("error", "{\"type\":\"error\",\"error\":{\"message\":\"bad key " + echoed + "\",\"code\":\"x\"}}")));
                    break;
                case "failed-response-echo":
                    await Respond.Json(ctx, "{\"id\":\"resp_1\",\"status\":\"failed\",\"output\":[],\"error\":{\"code\":\"server_error\",\"message\":\"" + echoed + "\"}}");
                    break;
                default:
                    break;
            }
        });
        using var client = fault == "refused"
            ? new ImagesClient(new ImagesClientOptions { BaseAddress = new Uri("http://127.0.0.1:1/v1/"), ApiKey = TestKeys.ApiKey, RetryBaseDelay = TimeSpan.FromMilliseconds(1) })
            : server.Client(o => { o.Timeout = TimeSpan.FromMilliseconds(300); o.MaxRetries = 1; });

        Exception ex = await Record.ExceptionAsync(async () =>
        {
            switch (fault)
            {
                case "stream-cut":
                case "stream-error-echo":
                    await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(Request with { Stream = true }, token))
                    {
                    }

                    break;
                case "failed-response-echo":
                    await client.CreateResponseAsync(new ImageResponseRequest("gpt-4.1", new GptImage26Sunburst.ImageGenerationTool(), "x"), token);
                    break;
                default:
                    await client.GenerateAsync(Request, token);
                    break;
            }
        });

        Assert.IsAssignableFrom<ImagesClientException>(ex);
        Assert.DoesNotContain(TestKeys.ApiKey, ex.ToString());
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            Assert.DoesNotContain(TestKeys.ApiKey, inner.Message);
        }

        if (ex is ImageApiException api)
        {
            Assert.DoesNotContain(TestKeys.ApiKey, api.ApiMessage ?? "");
        }
    });

    [Fact]
    public Task Image_bytes_never_appear_in_messages_or_descriptions() => Limit.Run(async token =>
    {
        byte[] image = Payloads.Image(9, 3000);
        string b64 = Payloads.B64(image);
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Bytes(ctx, Encoding.UTF8.GetBytes("{\"unexpected\":\"" + b64 + "\""), "application/json", 200));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageResponseException>(() => client.GenerateAsync(Request, token));

        Assert.DoesNotContain(b64.Substring(0, 64), ex.ToString());
        Assert.DoesNotContain(b64.Substring(0, 64), new GeneratedImage(image, outputFormat: "png").ToString());
        Assert.DoesNotContain(b64.Substring(0, 64), ImageReference.FromDataUrl(image).ToString());
    });

    [Fact]
    public Task An_invalid_request_is_not_sent_and_lists_its_errors() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 10))));
        using var client = server.Client();
        var tooLong = new GptImage26Sunburst.GenerateRequest(new string('x', 32_001)) { N = AtRunTime(11) };

        var ex = await Assert.ThrowsAsync<ImageRequestValidationException>(() => client.GenerateAsync(tooLong, token));

        Assert.Equal(0, server.Count);
        Assert.Equal("gpt-image-2.6-sunburst", ex.Model);
        Assert.Equal(ImageEndpoint.Generations, ex.Endpoint);
        Assert.True(ex.Validation.Has(ValidationCodes.TooLong));
        Assert.True(ex.Validation.Has(ValidationCodes.OutOfRange));
        Assert.Contains("too_long [prompt]", ex.Message);
        Assert.Contains("out_of_range [n]", ex.Message);
        Assert.Contains("2 errors", ex.Message);
    });

    [Fact]
    public Task Validation_can_be_turned_off() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 10))));
        using var client = server.Client(o => o.ValidateRequests = false);

        await client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("x") { N = AtRunTime(11) }, token);

        Assert.Equal(11, Assert.Single(server.Requests).Json.GetProperty("n").GetInt32());
    });

    [Fact]
    public void Streaming_calls_validate_eagerly_before_enumeration()
    {
        using var client = new ImagesClient(new ImagesClientOptions { ApiKey = "k-123456", BaseAddress = new Uri("http://127.0.0.1:1/v1/") });

        Assert.Throws<ImageRequestValidationException>(() => client.GenerateStreamingAsync(new GptImage26Sunburst.GenerateRequest("x") { Stream = true, PartialImages = AtRunTime(4) }));
        Assert.Throws<ImageRequestValidationException>(() => client.CreateResponseStreamingAsync(new ImageResponseRequest("gpt-4.1", new GptImage26Sunburst.ImageGenerationTool())));
        Assert.Throws<ArgumentException>(() => client.GenerateStreamingAsync(new GptImage26Sunburst.GenerateRequest("x") { Stream = false }));
    }

    [Fact]
    public void A_tool_on_a_model_that_cannot_host_it_is_rejected()
    {
        using var client = new ImagesClient(new ImagesClientOptions { ApiKey = "k-123456", BaseAddress = new Uri("http://127.0.0.1:1/v1/") });

        var ex = Assert.Throws<ImageRequestValidationException>(() => client.CreateResponseStreamingAsync(new ImageResponseRequest("gpt-image-2.6-sunburst", new GptImage26Sunburst.ImageGenerationTool(), "x")));

        Assert.True(ex.Validation.Has(ValidationCodes.HostNotSupported), ex.Message);
    }

    // Generated requests cannot reach the wrong method (the endpoint is in their type; CompilationTests shows a JSON
    // edit passed to GenerateAsync does not compile); a hand-written implementation whose Endpoint disagrees with its
    // interface is still stopped before sending.
    [Fact]
    public async Task A_request_whose_endpoint_disagrees_with_its_type_is_an_argument_error()
    {
        using var client = new ImagesClient(new ImagesClientOptions { ApiKey = "k-123456", BaseAddress = new Uri("http://127.0.0.1:1/v1/") });

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.GenerateAsync(new MislabelledGeneration(new GptImage26Sunburst.JsonEditRequest("x", ImageReference.FromFileId("file-1")))));

        Assert.Contains("json-edits", ex.Message);
    }

    /// <summary>A JSON edit that claims to be a generation request.</summary>
    private sealed class MislabelledGeneration(GptImage26Sunburst.JsonEditRequest inner) : IGenerationRequest
    {
        public string Model => inner.Model;

        public ImageEndpoint Endpoint => inner.Endpoint;

        public ValidationResult Validate() => inner.Validate();

        public ValidationResult Validate(ValidationOptions options) => inner.Validate(options);

        public IReadOnlyDictionary<string, object?> ToParameters() => inner.ToParameters();

        public CostEstimate EstimateCost(int? promptTokens = null) => inner.EstimateCost(promptTokens);

        public void WriteJson(System.Text.Json.Utf8JsonWriter writer) => inner.WriteJson(writer);
    }
}
