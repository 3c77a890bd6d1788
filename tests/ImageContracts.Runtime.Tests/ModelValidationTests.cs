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

        ValidationResult result = ContractValidator.Validate(endpoint, Prompt, options: On(Today));

        ValidationFinding warning = Assert.Single(result.All);
        Assert.Equal(("unconfirmed", RuleSeverity.Warning, (string?)null), (warning.Code, warning.Severity, warning.Parameter));
        Assert.Contains("Not in the OpenAPI enum.", warning.Message);
        Assert.True(result.IsValid);
        Assert.Empty(ContractValidator.Validate(GptImage1Generations, Prompt, options: On(Today)).All);
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
        ValidationResult retired = ContractValidator.Validate(GptImage1Generations, Prompt, GptImage1Lifecycle, options: On(new DateOnly(2026, 10, 23)));

        ValidationFinding warning = Assert.Single(retired.All);
        Assert.Equal(("model_retired", RuleSeverity.Warning), (warning.Code, warning.Severity));
        Assert.StartsWith("gpt-image-1 was shut down on 2026-10-23; ", warning.Message);
        Assert.True(retired.IsValid);
    }

    [Fact]
    public void Announced_shutdown_warns_with_date_and_replacement_the_day_before()
    {
        var lifecycle = new ModelLifecycle { Shutdown = new DateOnly(2026, 10, 23), Replacements = new[] { "gpt-image-2.5-sunburst" } };

        ValidationResult result = ContractValidator.Validate(GptImage1Generations, Prompt, lifecycle, options: On(new DateOnly(2026, 10, 22)));

        ValidationFinding warning = Assert.Single(result.All);
        Assert.Equal(("model_deprecated", RuleSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Equal("gpt-image-1 shuts down on 2026-10-23; use gpt-image-2.5-sunburst.", warning.Message);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Model_without_announced_dates_is_not_judged()
    {
        var lifecycle = new ModelLifecycle { Released = new DateOnly(2026, 4, 21) };

        Assert.Empty(ContractValidator.Validate(GptImage1Generations, Prompt, lifecycle, options: On(new DateOnly(2040, 1, 1))).All);
    }

    [Fact]
    public void Retired_model_is_an_error_when_the_options_say_so()
    {
        var options = On(new DateOnly(2026, 10, 23), retired: RuleSeverity.Error);

        ValidationResult result = ContractValidator.Validate(GptImage1Generations, Prompt, GptImage1Lifecycle, options: options);

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal("model_retired", error.Code);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Unconfirmed_shutdown_says_so()
    {
        var lifecycle = new ModelLifecycle { Shutdown = new DateOnly(2026, 12, 1), Confirmed = false };

        ValidationFinding warning = Assert.Single(ContractValidator.Validate(GptImage1Generations, Prompt, lifecycle, options: On(new DateOnly(2026, 12, 1))).All);

        Assert.Contains("2026-12-01 (date UNCONFIRMED)", warning.Message);
    }

    [Fact]
    public void The_fake_clock_decides_not_the_machine_clock()
    {
        var lifecycle = new ModelLifecycle { Shutdown = new DateOnly(2026, 12, 1) };
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 23, 59, 0, TimeSpan.Zero));
        var options = new ValidationOptions { TimeProvider = clock };

        Assert.Equal(new[] { "model_deprecated" }, Codes(ContractValidator.Validate(GptImage1Generations, Prompt, lifecycle, options: options)));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new[] { "model_retired" }, Codes(ContractValidator.Validate(GptImage1Generations, Prompt, lifecycle, options: options)));
    }

    [Fact]
    public void Host_model_lifecycle_follows_the_same_rule()
    {
        var hosts = new HostModelPolicy
        {
            Models = new[] { "gpt-5", "gpt-4o" },
            Lifecycles = new Dictionary<string, ModelLifecycle>
            {
                ["gpt-5"] = new() { Shutdown = new DateOnly(2026, 12, 11), Replacements = new[] { "gpt-6.1-sol" } },
            },
        };

        ValidationFinding deprecated = Assert.Single(ContractValidator.Validate(GptImage1Tool, V(), hostModel: "gpt-5", hosts: hosts, options: On(new DateOnly(2026, 12, 2))).All);
        ValidationFinding retired = Assert.Single(ContractValidator.Validate(GptImage1Tool, V(), hostModel: "gpt-5", hosts: hosts, options: On(new DateOnly(2026, 12, 11))).All);

        Assert.Equal(("model_deprecated", "The host model gpt-5 shuts down on 2026-12-11; use gpt-6.1-sol."), (deprecated.Code, deprecated.Message));
        Assert.Equal(("model_retired", RuleSeverity.Warning), (retired.Code, retired.Severity));
        Assert.Empty(ContractValidator.Validate(GptImage1Tool, V(), hostModel: "gpt-4o", hosts: hosts, options: On(new DateOnly(2026, 12, 11))).All);
    }

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("o3")]
    [InlineData("gpt-5")]
    [InlineData("gpt-5.5")]
    public void Documented_hosts_pass(string host)
    {
        Assert.Empty(ContractValidator.Validate(GptImage1Tool, V(), hostModel: host, hosts: Hosts, options: On(Today)).All);
    }

    [Fact]
    public void Image_model_as_host_is_an_error()
    {
        ValidationResult result = ContractValidator.Validate(GptImage1Tool, V(), hostModel: "gpt-image-1", hosts: Hosts, options: On(Today));

        ValidationFinding error = Assert.Single(result.All);
        Assert.Equal(("host_not_supported", RuleSeverity.Error), (error.Code, error.Severity));
        Assert.Contains("gpt-4o", error.Message);
    }

    [Fact]
    public void Undocumented_host_is_a_warning()
    {
        ValidationResult result = ContractValidator.Validate(GptImage1Tool, V(), hostModel: "o4-mini", hosts: Hosts, options: On(Today));

        ValidationFinding warning = Assert.Single(result.All);
        Assert.Equal(("host_unconfirmed", RuleSeverity.Warning), (warning.Code, warning.Severity));
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Tool_rejects_n()
    {
        Assert.Equal(new[] { "parameter_rejected" }, Codes(ContractValidator.Validate(GptImage1Tool, V(("n", 2)), hostModel: "gpt-4o", hosts: Hosts, options: On(Today))));
    }

    [Fact]
    public void Model_overload_reports_unsupported_endpoint_and_uses_lifecycle()
    {
        ValidationResult unsupported = ContractValidator.Validate(DallE3, ImageEndpoint.Edits, Prompt, options: On(Today));
        ValidationFinding error = Assert.Single(unsupported.Errors);
        Assert.Equal(("endpoint_not_supported", (string?)null), (error.Code, error.Parameter));
        Assert.Contains("Supported: generations", error.Message);

        Assert.True(ContractValidator.Validate(DallE3, ImageEndpoint.Generations, Prompt, options: On(Today)).IsValid);
        Assert.Equal(new[] { "model_deprecated" }, Codes(ContractValidator.Validate(GptImage1, ImageEndpoint.Generations, Prompt, options: On(new DateOnly(2026, 10, 1)))));
        Assert.Equal(new[] { "model_retired" }, Codes(ContractValidator.Validate(GptImage1, ImageEndpoint.Generations, Prompt, options: On(new DateOnly(2026, 11, 1)))));
    }

    [Fact]
    public void A_model_contract_written_without_a_lifecycle_has_the_empty_one_and_is_judged_active()
    {
        var model = new ModelContract { Id = "gpt-image-1", Endpoints = new[] { GptImage1Generations } };

        Assert.Same(ModelLifecycle.None, model.Lifecycle);
        Assert.Equal((LifecycleStage.Active, (DateOnly?)null, 0), (model.Lifecycle.StageOn(DateOnly.MaxValue), model.Lifecycle.Shutdown, model.Lifecycle.Replacements.Count));
        Assert.Empty(ContractValidator.Validate(model, ImageEndpoint.Generations, Prompt, options: On(DateOnly.MaxValue)).All);
    }

    [Fact]
    public void A_model_contract_refuses_a_null_lifecycle()
    {
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => new ModelContract { Lifecycle = null! });

        Assert.Contains("ModelLifecycle.None", error.Message);
    }
}
