// These tests build invalid, preview and retired-model requests on purpose, with constant values, to check the
// run-time validator; the ImageContracts analyzer would report the same problems at compile time.
#pragma warning disable IMG0001, IMG0002, IMG0003, IMG0004, IMG0005, IMG0006, IMG0007, IMG0008, IMG0009, IMG0010, IMG0011, IMG0012

using System.Globalization;
using System.Reflection;
using ImageContracts.Contract.Tests.Support;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// The generated catalog against the spec file itself (read line by line, independently of the generator): every
/// model with its type, aliases, lifecycle and endpoints; the endpoints' paths and default models; retirement;
/// aliases; UNCONFIRMED endpoint support.
/// </summary>
public class CatalogTests
{
    private static readonly DateOnly SpecAsOf = DateOnly.Parse(ImageContract.SpecAsOf, CultureInfo.InvariantCulture);

    public static TheoryData<string> SpecModelIds()
    {
        var data = new TheoryData<string>();
        foreach (SpecModel model in SpecFile.Models)
        {
            data.Add(model.Id);
        }

        return data;
    }

    [Fact]
    public void The_spec_reader_sees_models_and_endpoints()
    {
        Assert.True(SpecFile.Models.Count >= 7, string.Join(", ", SpecFile.Models));
        Assert.All(SpecFile.Models, m => Assert.False(string.IsNullOrEmpty(m.Type), m.Id));
        Assert.All(SpecFile.Models, m => Assert.NotEmpty(SpecFile.EndpointsOf(m)));
        Assert.Equal(new[] { "generations", "edits", "json-edits", "variations", "responses" }, SpecFile.Endpoints.Select(e => e.Id));
    }

    [Fact]
    public void Catalog_lists_exactly_the_spec_models_in_spec_order() =>
        Assert.Equal(SpecFile.Models.Select(m => m.Id), ImageContract.Models.Select(m => m.Id));

    [Theory]
    [MemberData(nameof(SpecModelIds))]
    public void Model_has_its_spec_type_aliases_and_endpoints(string id)
    {
        SpecModel spec = SpecFile.Models.Single(m => m.Id == id);
        ModelContract? contract = ImageContract.Find(id);

        Assert.NotNull(contract);
        Assert.Equal(id, contract.Id);
        Assert.Equal(spec.Type, contract.TypeName);
        Assert.Equal(spec.Aliases, contract.Aliases);
        Assert.Equal(SpecFile.EndpointsOf(spec), contract.Endpoints.Select(e => WireValue.Endpoint(e.Endpoint)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SpecModelIds))]
    public void Model_endpoints_carry_the_spec_path_body_and_model(string id)
    {
        ModelContract contract = ImageContract.Find(id)!;
        foreach (EndpointContract endpoint in contract.Endpoints)
        {
            SpecEndpoint spec = SpecFile.Endpoints.Single(e => e.Id == WireValue.Endpoint(endpoint.Endpoint));
            Assert.Equal(id, endpoint.Model);
            Assert.Equal(spec.Path, endpoint.Path);
            Assert.Equal(spec.Body, endpoint.Body.ToString().ToLowerInvariant());
        }
    }

    [Theory]
    [MemberData(nameof(SpecModelIds))]
    public void Model_has_a_generated_class_with_its_id_contract_and_request_types(string id)
    {
        ModelContract contract = ImageContract.Find(id)!;
        Type? type = typeof(ImageContract).Assembly.GetType("ImageContracts." + contract.TypeName);

        Assert.NotNull(type);
        Assert.Equal(id, type.GetField("Id", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue());
        Assert.Same(contract, type.GetProperty("Contract", BindingFlags.Public | BindingFlags.Static)?.GetValue(null));
        foreach (EndpointContract endpoint in contract.Endpoints)
        {
            string request = SpecFile.Endpoints.Single(e => e.Id == WireValue.Endpoint(endpoint.Endpoint)).Request!;
            Assert.True(type.GetNestedType(request) is not null, $"{contract.TypeName}.{request} is missing.");
        }
    }

    [Theory]
    [MemberData(nameof(SpecModelIds))]
    public void Model_shutdown_date_is_the_spec_date(string id) =>
        Assert.Equal(SpecFile.Models.Single(m => m.Id == id).Shutdown, ImageContract.Find(id)!.Lifecycle?.Shutdown);

    [Fact]
    public void Catalog_endpoints_have_the_spec_names_paths_and_default_models()
    {
        var expected = SpecFile.Endpoints.Select(e => (e.Name, e.Path, e.DefaultModel, e.DefaultModelWithGptParameters, e.ExplicitModel));
        var actual = ImageContract.Catalog.Endpoints.Select(e => ((string?)e.Name, (string?)e.Path, e.DefaultModel, e.DefaultModelWithGptParameters, e.ExplicitModel));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Image_endpoints_have_no_default_model_and_the_tool_defaults_to_gpt_image_2_6_sunburst()
    {
        foreach (EndpointInfo endpoint in ImageContract.Catalog.Endpoints.Where(e => e.Endpoint is ImageEndpoint.Generations or ImageEndpoint.Edits or ImageEndpoint.JsonEdits))
        {
            Assert.True(endpoint.ExplicitModel, endpoint.Name);
            Assert.Null(endpoint.DefaultModel);
            Assert.Null(endpoint.DefaultModelWithGptParameters);
        }

        EndpointInfo tool = ImageContract.Catalog.Endpoints.Single(e => e.Endpoint == ImageEndpoint.Responses);
        Assert.Equal("gpt-image-2.6-sunburst", tool.DefaultModel);
        Assert.False(ImageContract.Find(tool.DefaultModel!)!.Lifecycle!.IsRetiredOn(SpecAsOf));
    }

    [Fact]
    public void Spec_is_as_of_2026_12_01_and_the_live_lineup_is_gpt_image_2_2_5_and_2_6()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), SpecAsOf);
        Assert.Equal(
            new[] { "gpt-image-2", "gpt-image-2.5-flare", "gpt-image-2.5-sunburst", "gpt-image-2.6-flare", "gpt-image-2.6-sunburst" },
            ImageContract.Models.Where(m => m.Lifecycle?.IsRetiredOn(SpecAsOf) != true).Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("gpt-image-2.5-sunburst", "GptImage25Sunburst", "gpt-image-2.5-sunburst-2026-09-08", "2026-09-08")]
    [InlineData("gpt-image-2.5-flare", "GptImage25Flare", "gpt-image-2.5-flare-2026-09-08", "2026-09-08")]
    [InlineData("gpt-image-2.6-sunburst", "GptImage26Sunburst", null, "2026-11-04")]
    [InlineData("gpt-image-2.6-flare", "GptImage26Flare", null, "2026-11-04")]
    public void New_models_have_their_type_snapshot_release_and_all_four_endpoints(string id, string type, string? snapshot, string released)
    {
        ModelContract model = ImageContract.Find(id)!;

        Assert.Equal(type, model.TypeName);
        Assert.Equal(snapshot is null ? Array.Empty<string>() : new[] { snapshot }, model.Aliases);
        Assert.Equal(DateOnly.Parse(released, CultureInfo.InvariantCulture), model.Lifecycle!.Released);
        Assert.Equal(id.StartsWith("gpt-image-2.5", StringComparison.Ordinal), model.Lifecycle.Confirmed); // 2.6 release date: third parties only
        Assert.Null(model.Lifecycle.Shutdown);
        Assert.Equal(new[] { ImageEndpoint.Generations, ImageEndpoint.Edits, ImageEndpoint.JsonEdits, ImageEndpoint.Responses }, model.Endpoints.Select(e => e.Endpoint));
        Assert.All(model.Endpoints, e => Assert.True(e.Confirmed, e.ToString()));
    }

    [Theory]
    [InlineData("gpt-image-1-mini", "2026-06-02", "2026-12-01")]
    [InlineData("gpt-image-1.5", "2026-06-02", "2026-12-01")]
    [InlineData("chatgpt-image-latest", "2026-06-02", "2026-12-01")]
    public void December_shutdowns_carry_the_june_notice_and_are_confirmed(string id, string notice, string shutdown)
    {
        ModelLifecycle lifecycle = ImageContract.Find(id)!.Lifecycle!;

        Assert.Equal(DateOnly.Parse(notice, CultureInfo.InvariantCulture), lifecycle.Deprecated);
        Assert.Equal(DateOnly.Parse(shutdown, CultureInfo.InvariantCulture), lifecycle.Shutdown);
        Assert.True(lifecycle.Confirmed);
        Assert.Contains("DEP-NOV", lifecycle.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gpt-6.1-sol")]
    [InlineData("gpt-6.2-terra")]
    [InlineData("gpt-5.6-luna")]
    [InlineData("gpt-5.5")]
    public void Host_policy_reaches_past_gpt_5(string host) =>
        Assert.True(ImageContract.HostModels.Models.Contains(host) || ImageContract.HostModels.Prefixes.Any(p => host.StartsWith(p, StringComparison.Ordinal)), host);

    [Fact]
    public void Only_dall_e_2_serves_variations_and_dall_e_3_serves_only_generations()
    {
        Assert.Equal(
            SpecFile.Models.Where(m => SpecFile.EndpointsOf(m).Contains("variations")).Select(m => m.Id),
            ImageContract.Models.Where(m => m.FindEndpoint(ImageEndpoint.Variations) is not null).Select(m => m.Id));
        Assert.Equal(new[] { "dall-e-2" }, ImageContract.Models.Where(m => m.FindEndpoint(ImageEndpoint.Variations) is not null).Select(m => m.Id));
        Assert.Equal(new[] { ImageEndpoint.Generations }, DallE3.Contract.Endpoints.Select(e => e.Endpoint));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Retirement

    [Fact]
    public void Models_retired_on_the_spec_date_are_the_ones_shut_down_before_it()
    {
        string[] retired = ImageContract.Models.Where(m => m.Lifecycle?.IsRetiredOn(SpecAsOf) == true).Select(m => m.Id).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { "chatgpt-image-latest", "dall-e-2", "dall-e-3", "gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5" }, retired);
        Assert.Equal(
            SpecFile.Models.Where(m => m.Shutdown <= SpecAsOf).Select(m => m.Id).Order(StringComparer.Ordinal),
            retired);
    }

    [Theory]
    [InlineData("dall-e-2", "2026-05-12")]
    [InlineData("dall-e-3", "2026-05-12")]
    [InlineData("gpt-image-1", "2026-10-23")]
    [InlineData("gpt-image-1.5", "2026-12-01")]
    [InlineData("gpt-image-1-mini", "2026-12-01")]
    [InlineData("chatgpt-image-latest", "2026-12-01")]
    public void Retired_model_is_retired_as_of_the_spec_and_its_requests_warn(string id, string shutdown)
    {
        ModelContract model = ImageContract.Find(id)!;

        Assert.True(model.Lifecycle!.IsRetiredOn(Clock.SpecAsOf));
        Assert.Equal(DateOnly.Parse(shutdown, CultureInfo.InvariantCulture), model.Lifecycle.Shutdown);
        Assert.False(model.Lifecycle.IsRetiredOn(model.Lifecycle.Shutdown!.Value.AddDays(-1)));

        ValidationResult result = ImageContract.Validate("generations", id, new Dictionary<string, object?> { ["prompt"] = "a lighthouse" }, Clock.On(Clock.SpecAsOf));
        Assert.True(result.IsValid, result.ToString());
        ValidationFinding warning = Assert.Single(result.Warnings, w => w.Code != ValidationCodes.Unconfirmed); // chatgpt-image-latest generations is also UNCONFIRMED
        Assert.Equal(ValidationCodes.ModelRetired, warning.Code);
        Assert.Contains(shutdown, warning.Message, StringComparison.Ordinal);
        Assert.Contains(id, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_requests_of_retired_models_carry_the_retirement_warning()
    {
        ValidationOptions asOf = Clock.On(Clock.SpecAsOf);
        Assert.True(new GptImage1.GenerateRequest("a lighthouse").Validate(asOf).Has(ValidationCodes.ModelRetired));
        Assert.True(new DallE3.GenerateRequest("a lighthouse").Validate(asOf).Has(ValidationCodes.ModelRetired));
        Assert.True(new DallE2.VariationRequest(TestImages.PngFile(256, 256)).Validate(asOf).Has(ValidationCodes.ModelRetired));
        Assert.True(new GptImage1.ImageGenerationTool().Validate("gpt-4.1", asOf).Has(ValidationCodes.ModelRetired));
    }

    [Fact]
    public void Refusing_retired_models_makes_their_requests_invalid()
    {
        ValidationResult result = new GptImage1.GenerateRequest("a lighthouse").Validate(Clock.On(Clock.SpecAsOf, retired: RuleSeverity.Error));

        Assert.False(result.IsValid);
        Assert.Equal(ValidationCodes.ModelRetired, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("gpt-image-2")]
    [InlineData("gpt-image-2.5-sunburst")]
    [InlineData("gpt-image-2.5-flare")]
    [InlineData("gpt-image-2.6-sunburst")]
    [InlineData("gpt-image-2.6-flare")]
    public void Models_without_a_shutdown_date_are_never_retired(string id)
    {
        ModelContract model = ImageContract.Find(id)!;
        Assert.Null(model.Lifecycle?.Shutdown);
        Assert.False(model.Lifecycle?.IsRetiredOn(DateOnly.MaxValue) ?? false);
        Assert.False(ImageContract.Validate("generations", id, new Dictionary<string, object?> { ["prompt"] = "a lighthouse" }).Has(ValidationCodes.ModelRetired));
    }

    [Fact]
    public void Gpt_image_1_5_retires_on_its_confirmed_shutdown_date_after_the_june_notice()
    {
        ModelLifecycle lifecycle = GptImage15.Contract.Lifecycle!;
        DateOnly shutdown = new(2026, 12, 1);
        var values = new Dictionary<string, object?> { ["prompt"] = "a lighthouse" };

        Assert.Equal(shutdown, lifecycle.Shutdown);
        Assert.Equal(new DateOnly(2026, 6, 2), lifecycle.Deprecated);
        Assert.True(lifecycle.Confirmed);
        Assert.False(ContractValidator.Validate(GptImage15.Contract, ImageEndpoint.Generations, values, options: Clock.On(shutdown.AddDays(-1))).Has(ValidationCodes.ModelRetired));

        ValidationFinding warning = Assert.Single(ContractValidator.Validate(GptImage15.Contract, ImageEndpoint.Generations, values, options: Clock.On(shutdown)).Warnings);
        Assert.Equal(ValidationCodes.ModelRetired, warning.Code);
        Assert.DoesNotContain("UNCONFIRMED", warning.Message, StringComparison.Ordinal);
        Assert.Same(GptImage15.Contract, ImageContract.Find("gpt-image-1.5-2025-12-16"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Aliases, lookups, host models

    [Fact]
    public void Dated_gpt_image_2_alias_resolves_to_gpt_image_2()
    {
        const string Alias = "gpt-image-2-2026-04-21";
        var values = new Dictionary<string, object?> { ["prompt"] = "a city at night", ["size"] = "2048x1152", ["quality"] = "high" };

        Assert.Same(GptImage2.Contract, ImageContract.Find(Alias));
        Assert.True(GptImage2.Contract.HasId(Alias));
        ValidationResult viaAlias = ImageContract.Validate("generations", Alias, values);
        Assert.True(viaAlias.IsValid, viaAlias.ToString());
        Assert.False(viaAlias.Has(ValidationCodes.UnknownModel));
        Assert.Equal(
            ImageContract.EstimateCost("generations", GptImage2.Id, values, promptTokens: 5).MaxUsd,
            ImageContract.EstimateCost("generations", Alias, values, promptTokens: 5).MaxUsd);
    }

    [Theory]
    [InlineData("gpt-image-3")]
    [InlineData("GPT-IMAGE-1")]
    [InlineData("dall-e")]
    [InlineData("")]
    public void Unknown_ids_are_not_found(string id) => Assert.Null(ImageContract.Find(id));

    [Fact]
    public void Image_model_ids_and_aliases_are_never_hosts()
    {
        var expected = SpecFile.Models.SelectMany(m => m.Aliases.Prepend(m.Id)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, ImageContract.HostModels.ImageModelIds.Order(StringComparer.Ordinal));
    }

    // ---------------------------------------------------------------------------------------------------------
    // UNCONFIRMED endpoint support

    [Fact]
    public void Chatgpt_image_latest_generations_is_unconfirmed()
    {
        ValidationResult typed = new ChatGptImageLatest.GenerateRequest("a lighthouse").Validate();
        ValidationResult loose = ImageContract.Validate("generations", "chatgpt-image-latest", new Dictionary<string, object?> { ["prompt"] = "a lighthouse" });

        foreach (ValidationResult result in new[] { typed, loose })
        {
            Assert.True(result.IsValid, result.ToString());
            ValidationFinding warning = Assert.Single(result.Warnings, w => w.Code != ValidationCodes.ModelRetired);
            Assert.Equal(ValidationCodes.Unconfirmed, warning.Code);
            Assert.Null(warning.Parameter);
            Assert.Contains("UNCONFIRMED", warning.Message, StringComparison.Ordinal);
        }

        Assert.False(ChatGptImageLatest.GenerationsContract.Confirmed);
    }

    [Fact]
    public void Chatgpt_image_latest_other_endpoints_are_confirmed()
    {
        Assert.All(ChatGptImageLatest.Contract.Endpoints.Where(e => e.Endpoint != ImageEndpoint.Generations), e => Assert.True(e.Confirmed, e.ToString()));
        Assert.DoesNotContain(new ChatGptImageLatest.EditRequest("add a hat", TestImages.PngFile(64, 64)).Validate().All, f => f.Code != ValidationCodes.ModelRetired);
        Assert.DoesNotContain(new ChatGptImageLatest.JsonEditRequest("add a hat", ImageReference.FromFileId("file-1")).Validate().All, f => f.Code != ValidationCodes.ModelRetired);
        Assert.DoesNotContain(new ChatGptImageLatest.ImageGenerationTool().Validate("gpt-5.5").All, f => f.Code != ValidationCodes.ModelRetired);
    }
}
