namespace ImageContracts.Http.Tests.Overlays;

/// <summary>ContractCatalog.With: models added or replaced by id, the rest of the catalog kept.</summary>
public class CatalogWithTests
{
    private static readonly ContractCatalog Bundled = BundledContracts.Catalog;

    private static ModelContract Model(string id, params string[] aliases) => new()
    {
        Id = id,
        TypeName = "T" + id.Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal),
        DisplayName = id,
        Family = "gpt-image",
        Aliases = aliases,
        Endpoints = Bundled.Find("gpt-image-2")!.Endpoints,
        Pricing = Bundled.Find("gpt-image-2")!.Pricing,
    };

    [Fact]
    public void A_model_with_a_known_id_replaces_it_in_place_and_a_new_one_is_appended()
    {
        ModelContract replacement = Model("gpt-image-1");
        ModelContract added = Model("my-model", "my-model-2026");

        ContractCatalog catalog = Bundled.With(new[] { replacement, added });

        var expectedIds = Bundled.Models.Select(m => m.Id).Append("my-model").ToList();
        Assert.Equal(expectedIds, catalog.Models.Select(m => m.Id));
        Assert.Same(replacement, catalog.Find("gpt-image-1"));
        Assert.Same(added, catalog.Find("my-model-2026"));
        Assert.Same(Bundled.Find("dall-e-3"), catalog.Find("dall-e-3"));
        Assert.Same(Bundled.Endpoints, catalog.Endpoints);
        Assert.Same(Bundled.Batch, catalog.Batch);
        Assert.Equal(Bundled.HostModels.Models, catalog.HostModels.Models);
        Assert.Contains("my-model-2026", catalog.HostModels.ImageModelIds);
        Assert.Null(Bundled.Find("my-model"));
    }

    [Fact]
    public void An_alias_already_naming_another_model_is_refused()
    {
        string alias = Bundled.Find("gpt-image-2")!.Aliases[0];

        var error = Assert.Throws<ArgumentException>(() => Bundled.With(new[] { Model("my-model", alias) }));

        Assert.Contains($"'{alias}' is already an alias of gpt-image-2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_new_models_with_the_same_id_are_refused() =>
        Assert.Throws<ArgumentException>(() => Bundled.With(new[] { Model("my-model"), Model("my-model") }));

    [Fact]
    public void An_image_model_added_at_run_time_is_not_taken_for_a_responses_host()
    {
        // "gpt-5-..." matches the bundled host prefix gpt-5: a host, until the catalog learns it is an image model.
        var tool = new Dictionary<string, object?> { ["model"] = "gpt-image-2" };
        Assert.False(Bundled.Validate("responses", "gpt-5-image-mini", tool).Has(ValidationCodes.HostNotSupported));

        ContractCatalog catalog = Bundled.With(new[] { Model("gpt-5-image-mini") });

        Assert.True(catalog.Validate("responses", "gpt-5-image-mini", tool).Has(ValidationCodes.HostNotSupported));
    }
}
