using ImageContracts.Http;
using ImageContracts.Http.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ImageContracts.Http.Tests;

/// <summary>
/// The client judges a model's lifecycle by its own clock (<see cref="ImagesClientOptions.TimeProvider"/>): a model the
/// spec says is shut down is sent with a warning by default, and refused before sending when the options say so.
/// gpt-image-1 shut down on 2026-10-23 (spec: lifecycle.shutdown).
/// </summary>
public class RetiredModelTests
{
    private static readonly DateTimeOffset DayBeforeShutdown = new(2026, 10, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DayOfShutdown = new(2026, 10, 23, 0, 0, 0, TimeSpan.Zero);

    // A model chosen at run time (configuration, a UI): the analyzer leaves it to the client.
    private static ImageGenerationRequest RetiredModelRequest() => new("x") { Model = AtRunTime("gpt-image-1") };

    private static string AtRunTime(string value) => value;

    [Fact]
    public Task A_retired_model_is_sent_by_default() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 10))));
        using var client = server.Client(o => o.TimeProvider = new FakeTimeProvider(DayOfShutdown));

        await client.GenerateAsync(RetiredModelRequest(), token);

        Assert.Equal("gpt-image-1", Assert.Single(server.Requests).Json.GetProperty("model").GetString());
    });

    [Fact]
    public Task Refusing_retired_models_stops_the_request_before_it_is_sent() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 10))));
        var clock = new FakeTimeProvider(DayBeforeShutdown);
        using var client = server.Client(o =>
        {
            o.TimeProvider = clock;
            o.RefuseRetiredModels = true;
        });

        await client.GenerateAsync(RetiredModelRequest(), token);
        clock.Advance(TimeSpan.FromHours(12));
        var ex = await Assert.ThrowsAsync<ImageRequestValidationException>(() => client.GenerateAsync(RetiredModelRequest(), token));

        Assert.Equal(1, server.Count);
        ValidationFinding error = Assert.Single(ex.Validation.Errors);
        Assert.Equal(ValidationCodes.ModelRetired, error.Code);
        Assert.Contains("gpt-image-1 was shut down on 2026-10-23", error.Message, StringComparison.Ordinal);
    });

    [Fact]
    public Task The_container_clock_and_configuration_reach_the_client() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 10))));
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ImageContracts:BaseAddress"] = server.BaseAddress.ToString(),
            ["ImageContracts:ApiKey"] = TestKeys.ApiKey,
            ["ImageContracts:RefuseRetiredModels"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(DayOfShutdown));
        services.AddImageContracts(configuration.GetSection("ImageContracts"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<ImageRequestValidationException>(() => provider.GetRequiredService<ImagesClient>().GenerateAsync(RetiredModelRequest(), token));

        Assert.True(ex.Validation.Has(ValidationCodes.ModelRetired));
        Assert.Equal(0, server.Count);
    });
}
