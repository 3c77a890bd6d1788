using System.Collections.Concurrent;
using System.Globalization;
using ImageContracts.Http.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ImageContracts.Http.Tests.Spending;

/// <summary>Spending limits: the per-request cap, the shared budget (reserve the estimated maximum, settle with the
/// actual cost from usage, release on failure), open-ended estimates, configuration and DI.</summary>
public class SpendingLimitTests
{
    /// <summary>gpt-image-2 high 1024x1024 with a 9-byte prompt: $0.211 per image + up to 9 text tokens at $5/1M.</summary>
    private const decimal FoxMax = 0.211045m;

    private static GptImage2.GenerateRequest Fox() => new("a red fox") { Quality = GptImage2.Quality.High, Size = GptImage2.Size.W1024xH1024 };

    /// <summary>The images response with usage of <paramref name="outputTokens"/> output tokens (40 text + 10 image input).</summary>
    private static string Answer(int outputTokens) =>
        "{\"created\":1764633700,\"data\":[{\"b64_json\":\"" + Payloads.B64(Payloads.Image(1, 100)) + "\"}],\"output_format\":\"png\","
        + "\"usage\":{\"input_tokens\":50,\"output_tokens\":" + outputTokens.ToString(CultureInfo.InvariantCulture) + ",\"total_tokens\":" + (50 + outputTokens).ToString(CultureInfo.InvariantCulture)
        + ",\"input_tokens_details\":{\"text_tokens\":40,\"image_tokens\":10}}}";

    /// <summary>gpt-image-2 token prices (text 5, image input 8, output 30 USD per 1M), written out here.</summary>
    private static decimal Actual(int outputTokens) => ((40 * 5m) + (10 * 8m) + (outputTokens * 30m)) / 1_000_000m;

    [Fact]
    public Task Under_200_concurrent_calls_reservations_never_exceed_the_budget_and_the_settled_total_is_the_sum_of_actual_costs() => Limit.Run(async token =>
    {
        var budget = new ImageSpendingBudget(5m);
        var served = new ConcurrentBag<int>();
        var overshoots = new ConcurrentBag<decimal>();
        int next = 0;
        await using TestServer server = await TestServer.StartAsync(async (context, request) =>
        {
            // Seen from inside a call in flight: what is committed never goes past the limit.
            decimal committed = budget.SpentUsd + budget.ReservedUsd;
            if (committed > budget.LimitUsd)
            {
                overshoots.Add(committed);
            }

            int i = Interlocked.Increment(ref next);
            if (i % 7 == 0)
            {
                await Respond.Error(context, 400, "invalid_request_error", "moderation_blocked", "Rejected.");
                return;
            }

            await Task.Yield();
            int outputTokens = 1000 + i;
            served.Add(outputTokens);
            await Respond.Json(context, Answer(outputTokens));
        });
        using ImagesClient client = server.Client(o => { o.SpendingBudget = budget; o.MaxRetries = 0; });

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 200).Select(async call =>
        {
            try
            {
                _ = await client.GenerateAsync(Fox(), token);
                return (Ok: true, Refused: (ImageSpendingLimitException?)null);
            }
            catch (ImageSpendingLimitException refused)
            {
                return (Ok: false, Refused: refused);
            }
            catch (ImageApiException)
            {
                return (Ok: false, Refused: null);
            }
        }));

        Assert.Empty(overshoots);
        Assert.True(budget.PeakCommittedUsd <= budget.LimitUsd, "peak " + budget.PeakCommittedUsd);
        decimal expected = 0m;
        foreach (int outputTokens in served)
        {
            expected += Actual(outputTokens);
        }

        Assert.Equal(served.Count, outcomes.Count(o => o.Ok));
        Assert.Equal(expected, budget.SpentUsd);
        Assert.Equal(0m, budget.ReservedUsd);
        Assert.Equal(200, outcomes.Count(o => o.Ok) + outcomes.Count(o => o.Refused is not null) + (server.Count - served.Count));
        foreach (ImageSpendingLimitException refused in outcomes.Where(o => o.Refused is not null).Select(o => o.Refused!))
        {
            Assert.Equal(SpendingLimitKind.Budget, refused.Kind);
            Assert.Equal(FoxMax, refused.EstimateUsd);
            Assert.Equal(5m, refused.LimitUsd);
            Assert.True(refused.SpentUsd + refused.ReservedUsd + FoxMax > 5m);
        }
    }, seconds: 60);

    [Fact]
    public Task A_request_above_the_per_request_cap_is_refused_before_sending_with_estimate_and_limit() => Limit.Run(async token =>
    {
        await using TestServer server = await TestServer.StartAsync((context, _) => Respond.Json(context, Answer(1000)));
        using ImagesClient client = server.Client(o => o.MaxRequestCostUsd = 0.2m);
        ImageSpendingLimitException error = await Assert.ThrowsAsync<ImageSpendingLimitException>(() => client.GenerateAsync(Fox(), token));
        Assert.Equal(SpendingLimitKind.PerRequestCap, error.Kind);
        Assert.Equal(FoxMax, error.EstimateUsd);
        Assert.Equal(0.2m, error.LimitUsd);
        Assert.Contains("$0.211045", error.Message, StringComparison.Ordinal);
        Assert.Contains("$0.2 ", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Count);

        ImageResult low = await client.GenerateAsync(new GptImage2.GenerateRequest("a red fox") { Quality = GptImage2.Quality.Low, Size = GptImage2.Size.W1024xH1024 }, token);
        Assert.Single(low.Images);
    });

    [Fact]
    public Task An_open_ended_estimate_is_refused_unless_allowed() => Limit.Run(async token =>
    {
        await using TestServer server = await TestServer.StartAsync((context, _) => Respond.Json(context, Answer(1000)));
        var budget = new ImageSpendingBudget(100m);
        var edit = new GptImage2.JsonEditRequest("make it blue", ImageReference.FromFileId("file-abc"));
        using (ImagesClient strict = server.Client(o => o.SpendingBudget = budget))
        {
            ImageSpendingLimitException error = await Assert.ThrowsAsync<ImageSpendingLimitException>(() => strict.EditAsync(edit, token));
            Assert.Equal(SpendingLimitKind.OpenEnded, error.Kind);
            Assert.Contains("no upper bound", error.Message, StringComparison.Ordinal);
            Assert.Contains("AllowOpenEndedCosts", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, server.Count);
        }

        using ImagesClient lenient = server.Client(o => { o.SpendingBudget = budget; o.AllowOpenEndedCosts = true; });
        await lenient.EditAsync(edit, token);
        Assert.Equal(Actual(1000), budget.SpentUsd);
    });

    [Fact]
    public Task A_failed_call_releases_its_reservation() => Limit.Run(async token =>
    {
        await using TestServer server = await TestServer.StartAsync((context, _) => Respond.Error(context, 400, "invalid_request_error", "invalid_value", "No."));
        var budget = new ImageSpendingBudget(1m);
        using ImagesClient client = server.Client(o => o.SpendingBudget = budget);
        await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(Fox(), token));
        Assert.Equal(0m, budget.ReservedUsd);
        Assert.Equal(0m, budget.SpentUsd);
        Assert.Equal(FoxMax, budget.PeakCommittedUsd);
    });

    [Fact]
    public Task Image_streams_reserve_before_sending_and_settle_with_the_completed_events_usage() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ImageStream("image_generation", new[] { Payloads.Image(5, 300) }, Payloads.Image(6, 500));
        await using TestServer server = await TestServer.StartAsync((context, _) => Respond.Sse(context, stream));
        var budget = new ImageSpendingBudget(1m);
        using ImagesClient client = server.Client(o => o.SpendingBudget = budget);
        var request = new GptImage2.GenerateRequest("a red fox") { Quality = GptImage2.Quality.High, Size = GptImage2.Size.W1024xH1024, Stream = true, PartialImages = 1 };
        int events = 0;
        await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(request, token))
        {
            events++;
            Assert.True(budget.ReservedUsd > 0m);
        }

        Assert.Equal(2, events);
        Assert.Equal(0m, budget.ReservedUsd);

        // Payloads.Usage: 40 text + 10 image input tokens, 4160 output tokens at gpt-image-2's 5 / 8 / 30 USD per 1M.
        Assert.Equal(((40 * 5m) + (10 * 8m) + (4160 * 30m)) / 1_000_000m, budget.SpentUsd);

        using ImagesClient capped = server.Client(o => o.MaxRequestCostUsd = 0.01m);
        await Assert.ThrowsAsync<ImageSpendingLimitException>(async () =>
        {
            await foreach (ImageStreamEvent item in capped.GenerateStreamingAsync(request, token))
            {
            }
        });
        Assert.Equal(1, server.Count);
    });

    [Fact]
    public void The_budget_refuses_what_would_pass_the_limit_and_says_estimate_limit_and_spent()
    {
        var budget = new ImageSpendingBudget(1m);
        using (SpendingReservation first = budget.Reserve(0.6m, "first"))
        {
            first.Settle(0.55m);
        }

        SpendingReservation held = budget.Reserve(0.4m, "second");
        ImageSpendingLimitException error = Assert.Throws<ImageSpendingLimitException>(() => budget.Reserve(0.1m, "generations gpt-image-2"));
        Assert.Equal((0.1m, 1m, 0.55m, 0.4m), (error.EstimateUsd, error.LimitUsd, error.SpentUsd, error.ReservedUsd));
        Assert.Contains("estimated maximum $0.1 ", error.Message, StringComparison.Ordinal);
        Assert.Contains("spent $0.55", error.Message, StringComparison.Ordinal);
        Assert.Contains("$1", error.Message, StringComparison.Ordinal);
        held.Dispose();
        held.Dispose();
        Assert.Equal(0.45m, budget.RemainingUsd);
        Assert.Throws<InvalidOperationException>(() => held.Settle(0.1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImageSpendingBudget(-1m));
    }

    [Fact]
    public void Configuration_and_DI_give_every_client_one_shared_budget()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ImageContracts:SpendingLimitUsd"] = "12.5",
            ["ImageContracts:MaxRequestCostUsd"] = "0.25",
            ["ImageContracts:AllowOpenEndedCosts"] = "true",
            ["ImageContracts:BaseAddress"] = "http://127.0.0.1:9/v1/",
        }).Build();
        var services = new ServiceCollection();
        services.AddImageContracts(configuration.GetSection("ImageContracts"));
        using ServiceProvider provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ImagesClientOptions>>().Value;
        Assert.Equal(0.25m, options.MaxRequestCostUsd);
        Assert.True(options.AllowOpenEndedCosts);
        Assert.Equal(12.5m, options.SpendingBudget!.LimitUsd);
        ImagesClient one = provider.GetRequiredService<ImagesClient>();
        ImagesClient two = provider.GetRequiredService<ImagesClient>();
        Assert.Same(one.SpendingBudget, two.SpendingBudget);

        var shared = new ServiceCollection();
        shared.AddImageSpendingBudget(3m);
        shared.AddImageContracts(o => o.BaseAddress = new Uri("http://127.0.0.1:9/v1/"));
        using ServiceProvider sharedProvider = shared.BuildServiceProvider();
        ImageSpendingBudget registered = sharedProvider.GetRequiredService<ImageSpendingBudget>();
        Assert.Same(registered, sharedProvider.GetRequiredService<ImagesClient>().SpendingBudget);

        IConfiguration bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SpendingLimitUsd"] = "lots" }).Build();
        FormatException format = Assert.Throws<FormatException>(() => ImagesClientOptionsBinder.Bind(bad, new ImagesClientOptions()));
        Assert.Contains("SpendingLimitUsd", format.Message, StringComparison.Ordinal);
    }
}
