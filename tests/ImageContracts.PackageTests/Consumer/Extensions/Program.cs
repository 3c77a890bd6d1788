// Consumer of the two extension packages (ImageContracts.Extensions.DependencyInjection and .AI), copied over the
// template's Program.cs. Prints facts the package test asserts on; sends nothing.
using ImageContracts;
using ImageContracts.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

#pragma warning disable MEAI001 // IImageGenerator is experimental in Microsoft.Extensions.AI.Abstractions.

var services = new ServiceCollection();
services.AddLogging();
services.AddImageContracts(o =>
{
    o.BaseAddress = new Uri("http://127.0.0.1:9/v1/");
    o.ApiKey = "sk-consumer";
});
services.AddImageSpendingBudget(5m);
using ServiceProvider provider = services.BuildServiceProvider();

ImagesClient client = provider.GetRequiredService<ImagesClient>();
Console.WriteLine($"di: base={client.BaseAddress} key={client.HasApiKey} logger={provider.GetService<ILoggerFactory>() is not null}");

using IImageGenerator generator = client.AsIImageGenerator();
var metadata = (ImageGeneratorMetadata?)generator.GetService(typeof(ImageGeneratorMetadata));
Console.WriteLine($"meai: provider={metadata?.ProviderName} model={metadata?.DefaultModelId} same-client={ReferenceEquals(generator.GetService(typeof(ImagesClient)), client)}");

var request = new GptImage2.GenerateRequest("A lighthouse") { Quality = GptImage2.Quality.Low };
Console.WriteLine($"typed: valid={request.Validate().IsValid}");
