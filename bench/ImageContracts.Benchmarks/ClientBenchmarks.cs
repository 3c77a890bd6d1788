using System.Buffers;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.ServerSentEvents;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImageContracts.Http;
using OpenAI;
using OpenAI.Images;
using OpenAI.Responses;

namespace ImageContracts.Benchmarks;

/// <summary>
/// The same work through ImageContracts and through OpenAI 2.15.0, against the same in-process Kestrel server:
/// (1) one generation returning a 4 MiB <c>b64_json</c> (3 MiB decoded); (2) a Responses stream with the
/// <c>image_generation</c> tool (three 1 MiB partials, <c>output_item.done</c> with the final image and
/// <c>response.completed</c> repeating it); (3) an Image API stream with three partials and the completed event;
/// (4) serialising a typed request. Each benchmark returns the number of image bytes it received, and the setup
/// checks that both clients return exactly the payload's bytes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClientBenchmarks
{
    private readonly Payloads _payloads = new();
    private LoopbackServer _server = null!;
    private ImagesClient _client = null!;
    private ImageClient _openAiImages = null!;
    private ResponsesClient _openAiResponses = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = LoopbackServer.StartAsync(_payloads).GetAwaiter().GetResult();
        _client = new ImagesClient(new ImagesClientOptions { BaseAddress = _server.BaseAddress, ApiKey = "sk-bench", Catalog = ImageContract.Catalog });
        var endpoint = new Uri(_server.BaseAddress.AbsoluteUri.TrimEnd('/'));
        _openAiImages = new ImageClient("gpt-image-1", new ApiKeyCredential("sk-bench"), new OpenAIClientOptions { Endpoint = endpoint });
        _openAiResponses = new ResponsesClient(new ApiKeyCredential("sk-bench"), new ResponsesClientOptions { Endpoint = endpoint });
        Verify();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [BenchmarkCategory("1 generate 4 MiB b64_json"), Benchmark]
    public async Task<long> ImageContracts_Generate()
    {
        ImageResult result = await _client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("a cat") { Quality = GptImage26Sunburst.Quality.High });
        return result.Image.Bytes.Length;
    }

    [BenchmarkCategory("1 generate 4 MiB b64_json"), Benchmark(Baseline = true)]
    public async Task<long> OpenAI_Generate()
    {
        ClientResult<OpenAI.Images.GeneratedImage> result = await _openAiImages.GenerateImageAsync("a cat", new ImageGenerationOptions { Quality = GeneratedImageQuality.HighQuality });
        return result.Value.ImageBytes.ToMemory().Length;
    }

    [BenchmarkCategory("2 Responses stream"), Benchmark]
    public async Task<long> ImageContracts_ResponsesStream()
    {
        long bytes = 0;
        var request = new ImageResponseRequest("gpt-5.5", new GptImage26Sunburst.ImageGenerationTool { PartialImages = 3 }, "Draw a cat");
        await foreach (ResponseStreamEvent item in _client.CreateResponseStreamingAsync(request))
        {
            bytes += item.PartialImage.Length + (item.Kind == ResponseStreamEventKind.OutputItemDone ? item.Item?.Result.Length ?? 0 : 0);
        }

        return bytes;
    }

    [BenchmarkCategory("2 Responses stream"), Benchmark(Baseline = true)]
    public async Task<long> OpenAI_ResponsesStream()
    {
        long bytes = 0;
        var options = new CreateResponseOptions("gpt-4.1", new[] { ResponseItem.CreateUserMessageItem("Draw a cat") }) { StreamingEnabled = true };
        options.Tools.Add(ResponseTool.CreateImageGenerationTool("gpt-image-1", partialImageCount: 3));
        await foreach (StreamingResponseUpdate update in await _openAiResponses.CreateResponseStreamingAsync(options))
        {
            if (update is StreamingResponseImageGenerationCallPartialImageUpdate partial)
            {
                bytes += partial.PartialImageBytes.ToMemory().Length;
            }
            else if (update is StreamingResponseOutputItemDoneUpdate { Item: ImageGenerationCallResponseItem call })
            {
                bytes += call.ImageResultBytes.ToMemory().Length;
            }
        }

        return bytes;
    }

    [BenchmarkCategory("3 Image API stream"), Benchmark]
    public async Task<long> ImageContracts_ImageStream()
    {
        long bytes = 0;
        await foreach (ImageStreamEvent item in _client.GenerateStreamingAsync(new GptImage26Sunburst.GenerateRequest("a cat") { Stream = true, PartialImages = 3 }))
        {
            bytes += item.Image.Length;
        }

        return bytes;
    }

    [BenchmarkCategory("3 Image API stream"), Benchmark(Baseline = true)]
    public async Task<long> OpenAI_ImageStream()
    {
        long bytes = 0;
        using BinaryContent content = BinaryContent.Create(BinaryData.FromString("{\"model\":\"gpt-image-1\",\"prompt\":\"a cat\",\"stream\":true,\"partial_images\":3}"));
        AsyncStreamingResult<SseItem<BinaryData>> events = await _openAiImages.GenerateImagesStreamingAsync(content, new RequestOptions());
        await foreach (SseItem<BinaryData> item in events)
        {
            using JsonDocument document = JsonDocument.Parse(item.Data);
            bytes += document.RootElement.GetProperty("b64_json").GetBytesFromBase64().Length;
        }

        return bytes;
    }

    [BenchmarkCategory("4 serialise a typed request"), Benchmark]
    public int ImageContracts_Serialize()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new GptImage26Sunburst.GenerateRequest("a cat in a hat")
            {
                Quality = GptImage26Sunburst.Quality.High,
                Size = GptImage26Sunburst.Size.W1536xH1024,
                OutputFormat = GptImage26Sunburst.OutputFormat.Webp,
                OutputCompression = 80,
                Background = GptImage26Sunburst.Background.Opaque,
                Moderation = GptImage26Sunburst.Moderation.Low,
                SafetyIdentifier = "user-1", // user is deprecated (IMG0007); the same one string field as the SDK's EndUserId
            }.WriteJson(writer);
        }

        return buffer.WrittenCount;
    }

    [BenchmarkCategory("4 serialise a typed request"), Benchmark(Baseline = true)]
    public int OpenAI_Serialize()
    {
        var options = new ImageGenerationOptions
        {
            Quality = GeneratedImageQuality.HighQuality,
            Size = GeneratedImageSize.W1536xH1024,
            OutputFileFormat = GeneratedImageFileFormat.Webp,
            OutputCompressionFactor = 80,
            Background = GeneratedImageBackground.Opaque,
            ModerationLevel = GeneratedImageModerationLevel.Low,
            EndUserId = "user-1",
        };
        return ModelReaderWriter.Write(options).ToMemory().Length;
    }

    /// <summary>Both clients must return exactly the payload's bytes before anything is timed.</summary>
    private void Verify()
    {
        long final = _payloads.Final.Length, partials = _payloads.Partials.Sum(p => (long)p.Length);
        Check("ImageContracts generate", ImageContracts_Generate().GetAwaiter().GetResult(), final);
        Check("OpenAI generate", OpenAI_Generate().GetAwaiter().GetResult(), final);
        Check("ImageContracts Responses stream", ImageContracts_ResponsesStream().GetAwaiter().GetResult(), final + partials);
        Check("OpenAI Responses stream", OpenAI_ResponsesStream().GetAwaiter().GetResult(), final + partials);
        Check("ImageContracts image stream", ImageContracts_ImageStream().GetAwaiter().GetResult(), final + partials);
        Check("OpenAI image stream", OpenAI_ImageStream().GetAwaiter().GetResult(), final + partials);
        ImageResult result = _client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("a cat")).GetAwaiter().GetResult();
        if (!result.Image.Bytes.Span.SequenceEqual(_payloads.Final))
        {
            throw new InvalidOperationException("ImageContracts decoded different bytes.");
        }

        ClientResult<OpenAI.Images.GeneratedImage> theirs = _openAiImages.GenerateImageAsync("a cat").GetAwaiter().GetResult();
        if (!theirs.Value.ImageBytes.ToMemory().Span.SequenceEqual(_payloads.Final))
        {
            throw new InvalidOperationException("OpenAI decoded different bytes.");
        }
    }

    private static void Check(string what, long actual, long expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException(what + " returned " + actual + " image bytes, expected " + expected + ".");
        }
    }
}
