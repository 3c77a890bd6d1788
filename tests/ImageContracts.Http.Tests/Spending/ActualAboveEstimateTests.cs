using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests.Spending;

/// <summary>When the actual cost (from usage) is above the reserved estimate: the whole actual cost is recorded as
/// spent, even when that takes the total past the limit (the money is spent; dropping it would hide it), and every
/// later call that does not fit what is left (nothing, then) is refused before it is sent.</summary>
public class ActualAboveEstimateTests
{
    [Fact]
    public Task An_image_call_costing_more_than_its_reservation_is_spent_in_full_even_past_the_limit_and_the_next_call_is_refused() => Limit.Run(async token =>
    {
        // gpt-image-2 high 1024x1024 "a red fox": reserved $0.211045; the usage says 12000 output tokens, 40 text + 10 image
        // input tokens: (40 × 5 + 10 × 8 + 12000 × 30) / 1M = $0.36028, in a $0.3 budget.
        string answer = "{\"created\":1764633700,\"data\":[{\"b64_json\":\"" + Payloads.B64(Payloads.Image(1, 100)) + "\"}],\"output_format\":\"png\","
            + "\"usage\":{\"input_tokens\":50,\"output_tokens\":12000,\"total_tokens\":12050,\"input_tokens_details\":{\"text_tokens\":40,\"image_tokens\":10}}}";
        await using TestServer server = await TestServer.StartAsync((context, _) => Respond.Json(context, answer));
        var budget = new ImageSpendingBudget(0.3m);
        using ImagesClient client = server.Client(o => o.SpendingBudget = budget);
        var fox = new GptImage2.GenerateRequest("a red fox") { Quality = GptImage2.Quality.High, Size = GptImage2.Size.W1024xH1024 };

        ImageResult first = await client.GenerateAsync(fox, token);

        Assert.Equal(0.36028m, first.CostUsd);
        Assert.Equal(0.36028m, budget.SpentUsd);
        Assert.True(budget.SpentUsd > budget.LimitUsd);
        Assert.Equal(0m, budget.ReservedUsd);
        Assert.Equal(0m, budget.RemainingUsd);
        Assert.Equal(0.211045m, budget.PeakCommittedUsd);
        ImageSpendingLimitException refused = await Assert.ThrowsAsync<ImageSpendingLimitException>(() => client.GenerateAsync(fox, token));
        Assert.Equal((0.211045m, 0.3m, 0.36028m, 0m), (refused.EstimateUsd, refused.LimitUsd, refused.SpentUsd, refused.ReservedUsd));
        Assert.Equal(1, server.Count);
    });

    [Fact]
    public void Settling_above_the_reservation_adds_the_whole_actual_cost_in_decimal()
    {
        var budget = new ImageSpendingBudget(1m);
        using (SpendingReservation first = budget.Reserve(0.3m, "first"))
        {
            first.Settle(0.7000001m);
        }

        using (SpendingReservation second = budget.Reserve(0.2999999m, "second"))
        {
            second.Settle(0.4m);
        }

        Assert.Equal(1.1000001m, budget.SpentUsd); // past the limit: the money was spent, so it is counted
        Assert.Equal(0m, budget.ReservedUsd);
        Assert.Equal(0m, budget.RemainingUsd);
        Assert.Equal(1m, budget.PeakCommittedUsd); // 0.7000001 + 0.2999999, exactly the limit: reservations never passed it
        Assert.Throws<ImageSpendingLimitException>(() => budget.Reserve(0.0000001m, "third"));
        Assert.Throws<ImageSpendingLimitException>(() => budget.Reserve(0m, "free")); // overspent: even a free call does not fit
    }

    [Fact]
    public Task A_responses_call_costing_more_than_its_reservation_is_spent_in_full_even_past_the_limit_and_the_next_call_is_refused() => Limit.Run(async token =>
    {
        // 12000 output tokens: $0.36028 actual against a $0.211 reservation, in a $0.3 budget.
        await using TestServer server = await TestServer.StartAsync((context, _) => Respond.Json(context, ResponsesSpendingTests.Answer(12000)));
        var budget = new ImageSpendingBudget(0.3m);
        using ImagesClient client = server.Client(o => { o.SpendingBudget = budget; o.AllowOpenEndedCosts = true; });

        ImageResponse first = await client.CreateResponseAsync(ResponsesSpendingTests.Request(), token);

        Assert.Equal(0.36028m, first.CostUsd);
        Assert.Equal(0.36028m, budget.SpentUsd); // all of it: nothing is lost when the estimate was too low
        Assert.Equal(0m, budget.ReservedUsd);
        Assert.Equal(0m, budget.RemainingUsd);
        Assert.Equal(ResponsesSpendingTests.ToolMax, budget.PeakCommittedUsd); // reservations alone never passed the limit
        ImageSpendingLimitException refused = await Assert.ThrowsAsync<ImageSpendingLimitException>(() => client.CreateResponseAsync(ResponsesSpendingTests.Request(), token));
        Assert.Equal((ResponsesSpendingTests.ToolMax, 0.3m, 0.36028m, 0m), (refused.EstimateUsd, refused.LimitUsd, refused.SpentUsd, refused.ReservedUsd));
        Assert.Contains("spent $0.36028", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Count);
    });
}
