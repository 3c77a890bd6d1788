// Native AOT: drives the runtime end to end against the test server named on the command line, then prints what it got.
using ImageContracts;
using ImageContracts.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddImageContracts(o =>
{
    o.BaseAddress = new Uri(args[0]);
    o.ApiKey = "sk-trim-test";
});
using ServiceProvider provider = services.BuildServiceProvider();
ImagesClient client = provider.GetRequiredService<ImagesClient>();

ImageResult result = await client.GenerateAsync(new GptImage2.GenerateRequest("a red apple") { Quality = GptImage2.Quality.High });
Console.WriteLine("generate " + result.Image.Bytes.Length + " cost " + (result.CostUsd > 0));

int events = 0;
await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(new GptImage2.GenerateRequest("a red apple") { Stream = true, PartialImages = 1 }))
{
    events++;
}

Console.WriteLine("stream " + events);

int responseEvents = 0;
await foreach (ResponseStreamEvent item in client.CreateResponseStreamingAsync(new ImageResponseRequest("gpt-4.1", new GptImage2.ImageGenerationTool(), "a cat")))
{
    responseEvents++;
}

Console.WriteLine("responses " + responseEvents);
ImageGenerationResponse meai = await client.AsIImageGenerator().GenerateAsync(new Microsoft.Extensions.AI.ImageGenerationRequest("x"));
Console.WriteLine("meai " + meai.Contents.Count);
