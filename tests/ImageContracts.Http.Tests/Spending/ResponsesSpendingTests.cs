using System.Globalization;
using System.Text;
using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests.Spending;

/// <summary>Responses API image calls under the spending limits, as Image API calls: the image tool's estimated maximum
/// is reserved before sending, settled with <c>tool_usage.image_gen</c> priced through the tool model, released on failure.
/// The tool's prompt is written by the host model, so its estimate is open-ended: sent only with AllowOpenEndedCosts.</summary>
public class ResponsesSpendingTests
{
    /// <summary>gpt-image-2 high 1024x1024 as a tool (no prompt of its own): the spec's per-image price, $0.211.</summary>
    internal const decimal ToolMax = 0.211m;

    internal static ImageResponseRequest Request() =>
        new("gpt-4.1", new GptImage2.ImageGenerationTool { Quality = GptImage2.Quality.High, Size = GptImage2.Size.W1024xH1024 }, "Draw a red fox");

    /// <summary><c>tool_usage.image_gen</c> with 40 text + 10 image input tokens and <paramref name="outputTokens"/> output tokens.</summary>
    private static string ToolUsage(int outputTokens) =>
        "\"tool_usage\":{\"image_gen\":{\"input_tokens\":50,\"output_tokens\":" + outputTokens.ToString(CultureInfo.InvariantCulture) + ",\"total_tokens\":"
        + (50 + outputTokens).ToString(CultureInfo.InvariantCulture) + ",\"input_tokens_details\":{\"text_tokens\":40,\"image_tokens\":10}}}";

    /// <summary>A completed response with one image call, its mainline usage and the tool's usage.</summary>
    internal static string Answer(int outputTokens)
    {
        string json = Payloads.ResponseJson("resp_1", "completed", Payloads.CallItem("ig_1", "completed", Payloads.Image(1, 100)));
        return json[..^1] + "," + ToolUsage(outputTokens) + "}";
    }

    /// <summary>gpt-image-2 token prices (text 5, image input 8, output 30 USD per 1M), written out here.</summary>
    private static decimal Actual(int outputTokens) => ((40 * 5m) + (10 * 8m) + (outputTokens * 30m)) / 1_000_000m;

    [Fact]
    public Task A_responses_call_reserves_the_tools_estimate_before_sending_and_settles_with_the_tool_usage() => Limit.Run(async token =>
    {
        var budget = new ImageSpendingBudget(1m);
        decimal reservedInFlight = -1m;
        await using TestServer server = await TestServer.StartAsync(async (context, _) =>
        {
            reservedInFlight = budget.ReservedUsd;
            await Respond.Json(context, Answer(4160));
        });
        using ImagesClient client = server.Client(o => { o.SpendingBudget = budget; o.AllowOpenEndedCosts = true; });

        ImageResponse response = await client.CreateResponseAsync(Request(), token);

        Assert.Equal(ToolMax, reservedInFlight);
        Assert.Equal(0m, budget.ReservedUsd);
        Assert.Equal(Actual(4160), budget.SpentUsd);
        Assert.Equal(Actual(4160), response.CostUsd);
        Assert.Equal(4160, response.ToolUsage!.OutputTokens);
        Assert.Equal(20, response.Usage!.InputTokens); // the mainline model's own tokens, not priced
    });

    [Fact]
    public Task A_responses_call_that_is_open_ended_or_does_not_fit_is_refused_before_sending() => Limit.Run(async token =>
    {
        await using TestServer server = await TestServer.StartAsync((context, _) => Respond.Json(context, Answer(4160)));
        using (ImagesClient strict = server.Client(o => o.SpendingBudget = new ImageSpendingBudget(10m)))
        {
            ImageSpendingLimitException error = await Assert.ThrowsAsync<ImageSpendingLimitException>(() => strict.CreateResponseAsync(Request(), token));
            Assert.Equal(SpendingLimitKind.OpenEnded, error.Kind);
            Assert.Contains("written by the host model", error.Message, StringComparison.Ordinal);
            Assert.Contains("AllowOpenEndedCosts", error.Message, StringComparison.Ordinal);
        }

        using (ImagesClient small = server.Client(o => { o.SpendingBudget = new ImageSpendingBudget(0.2m); o.AllowOpenEndedCosts = true; }))
        {
            ImageSpendingLimitException error = await Assert.ThrowsAsync<ImageSpendingLimitException>(() => small.CreateResponseAsync(Request(), token));
            Assert.Equal(SpendingLimitKind.Budget, error.Kind);
            Assert.Equal(ToolMax, error.EstimateUsd);
            Assert.Contains("responses gpt-4.1 (image_generation gpt-image-2)", error.Message, StringComparison.Ordinal);
        }

        using (ImagesClient capped = server.Client(o => { o.MaxRequestCostUsd = 0.1m; o.AllowOpenEndedCosts = true; }))
        {
            ImageSpendingLimitException error = await Assert.ThrowsAsync<ImageSpendingLimitException>(() => capped.CreateResponseAsync(Request(), token));
            Assert.Equal(SpendingLimitKind.PerRequestCap, error.Kind);
        }

        Assert.Equal(0, server.Count);
    });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task A_failed_responses_call_releases_its_reservation(bool failedResponse) => Limit.Run(async token =>
    {
        await using TestServer server = await TestServer.StartAsync((context, _) => failedResponse
            ? Respond.Json(context, "{\"id\":\"resp_f\",\"object\":\"response\",\"status\":\"failed\",\"model\":\"gpt-4.1\",\"output\":[],\"error\":{\"code\":\"server_error\",\"message\":\"It broke.\"}}")
            : Respond.Error(context, 400, "invalid_request_error", "invalid_value", "No."));
        var budget = new ImageSpendingBudget(1m);
        using ImagesClient client = server.Client(o => { o.SpendingBudget = budget; o.AllowOpenEndedCosts = true; o.MaxRetries = 0; });

        await Assert.ThrowsAsync<ImageApiException>(() => client.CreateResponseAsync(Request(), token));

        Assert.Equal(0m, budget.ReservedUsd);
        Assert.Equal(0m, budget.SpentUsd);
        Assert.Equal(ToolMax, budget.PeakCommittedUsd);
    });

    [Fact]
    public Task A_responses_stream_reserves_when_enumerated_and_settles_with_the_tool_usage_of_response_completed() => Limit.Run(async token =>
    {
        string text = Encoding.UTF8.GetString(Payloads.ResponsesStream(new[] { Payloads.Image(5, 300) }, Payloads.Image(6, 500)));
        int last = text.LastIndexOf("\"usage\":{", StringComparison.Ordinal); // in response.completed
        byte[] stream = Encoding.UTF8.GetBytes(text[..last] + ToolUsage(5000) + "," + text[last..]);
        await using TestServer server = await TestServer.StartAsync((context, _) => Respond.Sse(context, stream));
        var budget = new ImageSpendingBudget(1m);
        using ImagesClient client = server.Client(o => { o.SpendingBudget = budget; o.AllowOpenEndedCosts = true; });
        var request = new ImageResponseRequest("gpt-4.1", new GptImage2.ImageGenerationTool { Quality = GptImage2.Quality.High, Size = GptImage2.Size.W1024xH1024, PartialImages = 1 }, "Draw a red fox");

        IAsyncEnumerable<ResponseStreamEvent> events = client.CreateResponseStreamingAsync(request, token);
        Assert.Equal(0m, budget.ReservedUsd);
        decimal? completedCost = null;
        await foreach (ResponseStreamEvent item in events)
        {
            Assert.True(budget.ReservedUsd > 0m);
            if (item.Kind == ResponseStreamEventKind.ResponseCompleted)
            {
                completedCost = item.Response!.CostUsd;
            }
        }

        Assert.Equal(0m, budget.ReservedUsd);
        Assert.Equal(Actual(5000), budget.SpentUsd);
        Assert.Equal(Actual(5000), completedCost);
    });
}
