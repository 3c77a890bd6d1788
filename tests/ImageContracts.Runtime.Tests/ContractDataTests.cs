using ImageContracts.Runtime.Tests.Support;

namespace ImageContracts.Runtime.Tests;

public class ContractDataTests
{
    [Fact]
    public void Collections_default_to_empty_and_confirmed_defaults_to_true()
    {
        var endpoint = new EndpointContract();
        var parameter = new ParameterContract();

        Assert.Empty(endpoint.Parameters);
        Assert.Empty(endpoint.Rejected);
        Assert.Empty(endpoint.Rules);
        Assert.Empty(parameter.Values);
        Assert.Empty(new ModelContract().Endpoints);
        Assert.Empty(new PricingContract().OutputTokens);
        Assert.Empty(new RuleContract().When);
        Assert.Empty(new HostModelPolicy().Prefixes);
        Assert.True(endpoint.Confirmed);
        Assert.True(parameter.Confirmed);
        Assert.True(new ModelLifecycle().Confirmed);
    }

    [Fact]
    public void Find_endpoint_and_find_parameter()
    {
        Assert.Same(TestContracts.GptImage1Edits, TestContracts.GptImage1.FindEndpoint(ImageEndpoint.Edits));
        Assert.Null(TestContracts.DallE3.FindEndpoint(ImageEndpoint.Edits));
        Assert.Equal(ParameterKind.Size, TestContracts.GptImage1Generations.FindParameter("size")!.Kind);
        Assert.Null(TestContracts.GptImage1Generations.FindParameter("Size"));
        Assert.Equal("unknown_parameter", TestContracts.GptImage1Generations.FindRejected("response_format")!.Code);
        Assert.Null(TestContracts.GptImage1Generations.FindRejected("prompt"));
    }

    [Fact]
    public void Has_id_matches_id_and_aliases()
    {
        var model = new ModelContract { Id = "gpt-image-2", Aliases = new[] { "gpt-image-2-2026-04-21" } };

        Assert.True(model.HasId("gpt-image-2-2026-04-21"));
        Assert.True(model.HasId("gpt-image-2"));
        Assert.False(model.HasId("gpt-image-1"));
    }

    [Fact]
    public void Lifecycle_is_retired_on_and_after_shutdown()
    {
        ModelLifecycle lifecycle = TestContracts.GptImage1Lifecycle;

        Assert.False(lifecycle.IsRetiredOn(new DateOnly(2026, 10, 22)));
        Assert.True(lifecycle.IsRetiredOn(new DateOnly(2026, 10, 23)));
        Assert.True(lifecycle.IsRetiredOn(new DateOnly(2027, 1, 1)));
        Assert.False(new ModelLifecycle().IsRetiredOn(DateOnly.MaxValue));
    }
}
