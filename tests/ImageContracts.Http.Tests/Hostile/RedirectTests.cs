using System.Net;
using ImageContracts.Http.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ImageContracts.Http.Tests.Hostile;

/// <summary>The key never leaves its origin: a 3xx from the API origin to another port is an <see cref="ImageApiException"/>
/// naming the location, and the other server receives nothing, in both key header modes and in owned and DI clients.</summary>
public class RedirectTests
{
    public static TheoryData<string?, bool, int> Cases => new()
    {
        { null, false, 307 },
        { "api-key", false, 307 },
        { null, true, 308 },
        { "api-key", true, 302 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_redirect_to_another_origin_is_refused_and_the_other_server_receives_nothing(string? keyHeader, bool throughDependencyInjection, int status) => Limit.Run(async token =>
    {
        await using var elsewhere = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 64))));
        string location = elsewhere.BaseAddress + "images/generations?from=redirect";
        await using var origin = await TestServer.StartAsync((ctx, _) =>
        {
            ctx.Response.StatusCode = status;
            ctx.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

        ServiceProvider? provider = null;
        ImagesClient client;
        if (throughDependencyInjection)
        {
            var services = new ServiceCollection();
            services.AddImageContracts(o =>
            {
                o.BaseAddress = origin.BaseAddress;
                o.ApiKey = TestKeys.ApiKey;
                o.ApiKeyHeaderName = keyHeader;
                o.Catalog = ImageContract.Catalog;
            });
            provider = services.BuildServiceProvider();
            client = provider.GetRequiredService<ImagesClient>();
        }
        else
        {
            client = origin.Client(o => o.ApiKeyHeaderName = keyHeader);
        }

        try
        {
            var ex = await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(new GptImage2.GenerateRequest("a red apple"), token));

            Assert.Equal(0, elsewhere.Count);
            Assert.Equal(1, origin.Count);
            Assert.Equal((HttpStatusCode)status, ex.StatusCode);
            Assert.Equal(ImageApiErrorKind.Redirect, ex.Kind);
            Assert.Contains(location, ex.Message);
            Assert.Contains("not followed", ex.Message);
            Assert.Equal(1, ex.Attempts);
        }
        finally
        {
            client.Dispose();
            provider?.Dispose();
        }
    });

    [Fact]
    public Task A_location_carrying_the_key_is_shown_scrubbed() => Limit.Run(async token =>
    {
        await using var origin = await TestServer.StartAsync((ctx, _) =>
        {
            ctx.Response.StatusCode = 307;
            ctx.Response.Headers.Location = "http://127.0.0.1:9/v1/images/generations?key=" + TestKeys.ApiKey;
            return Task.CompletedTask;
        });
        using var client = origin.Client(o => o.ApiKeyHeaderName = "api-key");

        var ex = await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(new GptImage2.GenerateRequest("x"), token));

        Assert.DoesNotContain(TestKeys.ApiKey, ex.Message);
        Assert.Contains("http://127.0.0.1:9/v1/images/generations?key=***", ex.Message);
    });
}
