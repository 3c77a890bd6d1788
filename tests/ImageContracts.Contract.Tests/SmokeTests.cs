namespace ImageContracts.Contract.Tests;

public class SmokeTests
{
    [Fact]
    public void A_typed_request_validates_and_estimates()
    {
#pragma warning disable IMG0010 // gpt-image-1 is past its shutdown date; still valid for the run-time check
        var request = new GptImage1.GenerateRequest("a red apple") { Size = GptImage1.Size.W1536xH1024, Quality = GptImage1.Quality.High };
#pragma warning restore IMG0010
        var result = request.Validate();
        Assert.True(result.IsValid, result.ToString());
        var cost = request.EstimateCost(promptTokens: 5);
        Assert.Equal(6208, cost.OutputImageTokens);
    }
}
