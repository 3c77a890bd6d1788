using static ImageContracts.Runtime.Tests.Support.TestContracts;

namespace ImageContracts.Runtime.Tests;

public class ModelValidationTests
{
    private static readonly Dictionary<string, object?> Prompt = V(("prompt", "x"));

    [Fact]
    public void Unconfirmed_endpoint_is_a_warning()
    {
        var endpoint = new EndpointContract
        {
            Endpoint = ImageEndpoint.Generations,
            Model = "chatgpt-image-latest",
            Confirmed = false,
            Note = "Not in the OpenAPI enum.",
            Parameters = GptImage1Generations.Parameters,
        };

        ValidationResult result = ContractValidator.Validate(endpoint, Prompt, today: Today);

        ValidationError warning = Assert.Single(result.All);
        Assert.Equal(("unconfirmed", RuleSeverity.Warning, (string?)null), (warning.Code, warning.Severity, warning.Parameter));
        Assert.Contains("Not in the OpenAPI enum.", warning.Message);
        Assert.True(result.IsValid);
        Assert.Empty(ContractValidator.Validate(GptImage1Generations, Prompt, today: Today).All);
    }

    [Fact]
    public void Unconfirmed_parameter_warns_only_when_given()
    {
        var endpoint = new EndpointContract
        {
            Model = "m",
            Parameters = new[] { new ParameterContract { WireName = "stream", Kind = ParameterKind.Boolean, Confirmed = false } },
        };

        Assert.Equal(new[] { "unconfirmed" }, Codes(Validate(endpoint, ("stream", true))));
        Assert.Equal("stream", Validate(endpoint, ("stream", true)).Warnings[0].Parameter);
        Assert.Empty(Validate(endpoint).All);
    }

    [Fact]
    public void Retired_model_warns_on_and_after_shutdown()
    {
        ValidationResult retired = ContractValidator.Validate(GptImage1Generations, Prompt, GptImage1Lifecycle, today: new DateOnly(2026, 10, 23));

        ValidationError warning = Assert.Single(retired.All);
        Assert.Equal(("model_retired", RuleSeverity.Warning), (warning.Code, warning.Severity));
        Assert.StartsWith("gpt-image-1 was shut down on 2026-10-23; ", warning.Message);
        Assert.True(retired.IsValid);
        Assert.Empty(ContractValidator.Validate(GptImage1Generations, Prompt, GptImage1Lifecycle, today: new DateOnly(2026, 10, 22)).All);
    }

    [Fact]
    public void Retirement_uses_today_in_utc_by_default()
    {
        var past = new ModelLifecycle { Shutdown = new DateOnly(2000, 1, 1) };
        var future = new ModelLifecycle { Shutdown = new DateOnly(2999, 1, 1) };

        Assert.Equal(new[] { "model_retired" }, Codes(ContractValidator.Validate(GptImage1Generations, Prompt, past)));
        Assert.Empty(ContractValidator.Validate(GptImage1Generations, Prompt, future).All);
    }

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("o3")]
    [InlineData("gpt-5")]
    [InlineData("gpt-5.5")]
    public void Documented_hosts_pass(string host)
    {
        Assert.Empty(ContractValidator.Validate(GptImage1Tool, V(), hostModel: host, hosts: Hosts, today: Today).All);
    }

    [Fact]
    public void Image_model_as_host_is_an_error()
    {
        ValidationResult result = ContractValidator.Validate(GptImage1Tool, V(), hostModel: "gpt-image-1", hosts: Hosts, today: Today);

        ValidationError error = Assert.Single(result.All);
        Assert.Equal(("host_not_supported", RuleSeverity.Error), (error.Code, error.Severity));
        Assert.Contains("gpt-4o", error.Message);
    }

    [Fact]
    public void Undocumented_host_is_a_warning()
    {
        ValidationResult result = ContractValidator.Validate(GptImage1Tool, V(), hostModel: "o4-mini", hosts: Hosts, today: Today);

        ValidationError warning = Assert.Single(result.All);
        Assert.Equal(("host_unconfirmed", RuleSeverity.Warning), (warning.Code, warning.Severity));
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Tool_rejects_n()
    {
        Assert.Equal(new[] { "parameter_rejected" }, Codes(ContractValidator.Validate(GptImage1Tool, V(("n", 2)), hostModel: "gpt-4o", hosts: Hosts, today: Today)));
    }

    [Fact]
    public void Model_overload_reports_unsupported_endpoint_and_uses_lifecycle()
    {
        ValidationResult unsupported = ContractValidator.Validate(DallE3, ImageEndpoint.Edits, Prompt, today: Today);
        ValidationError error = Assert.Single(unsupported.Errors);
        Assert.Equal(("endpoint_not_supported", (string?)null), (error.Code, error.Parameter));
        Assert.Contains("Supported: generations", error.Message);

        Assert.True(ContractValidator.Validate(DallE3, ImageEndpoint.Generations, Prompt, today: Today).IsValid);
        Assert.Equal(new[] { "model_retired" }, Codes(ContractValidator.Validate(GptImage1, ImageEndpoint.Generations, Prompt, today: new DateOnly(2026, 11, 1))));
    }
}
