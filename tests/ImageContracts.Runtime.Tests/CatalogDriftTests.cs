using ImageContracts.Http;
using ImageContracts.Runtime.Tests.Support;

namespace ImageContracts.Runtime.Tests;

/// <summary>CatalogDrift over a hand-built catalog: prefixes from the spec's ids, aliases, date comparisons on both
/// sides, the retirement boundary (a shutdown on "today" counts as retired), and non-image models ignored.</summary>
public class CatalogDriftTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static ModelContract Model(string id, DateOnly? shutdown, params string[] aliases) => new()
    {
        Id = id,
        Aliases = aliases,
        Lifecycle = new ModelLifecycle { Shutdown = shutdown },
    };

    private static readonly ContractCatalog Catalog = new(
        new[]
        {
            Model("gpt-image-5", new DateOnly(2027, 3, 1), "gpt-image-5-2026-01-01"),
            Model("chatgpt-image-beta", null),
            Model("dall-e-9", new DateOnly(2026, 1, 1)),
            Model("gpt-image-4", Today),
        },
        new HostModelPolicy(),
        Array.Empty<EndpointInfo>());

    private static ApiModel Api(string id, DateOnly? shutdown = null) => new(id, Created, "system", shutdown);

    private static (DriftKind, string)[] Kinds(CatalogDrift drift) => drift.Findings.Select(f => (f.Kind, f.ModelId)).ToArray();

    [Fact]
    public void Image_model_prefixes_come_from_the_spec_ids_and_aliases()
    {
        Assert.Equal(new[] { "chatgpt-image-", "dall-e-", "gpt-image-" }, CatalogDrift.ImageModelPrefixes(Catalog));
    }

    [Fact]
    public void A_list_matching_the_spec_has_no_drift_and_an_alias_stands_for_its_model()
    {
        CatalogDrift drift = CatalogDrift.Compare(
            new[] { Api("gpt-image-5-2026-01-01", new DateOnly(2027, 3, 1)), Api("chatgpt-image-beta"), Api("gpt-4o"), Api("whisper-1") },
            Catalog, Today);

        Assert.False(drift.HasDrift, drift.ToString());
        Assert.Contains("matches", drift.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_kind_of_drift_is_reported_once_with_both_dates()
    {
        CatalogDrift drift = CatalogDrift.Compare(
            new[]
            {
                Api("gpt-image-5", new DateOnly(2027, 3, 1)),
                Api("gpt-image-5-2026-01-01", new DateOnly(2027, 2, 1)),
                Api("gpt-image-6"),
                Api("chatgpt-image-gamma"),
                Api("dall-e-9", new DateOnly(2026, 1, 1)),
                Api("gpt-image-4", Today),
                Api("gpt-5.6-mini"),
            },
            Catalog, Today);

        Assert.Equal(
            new[]
            {
                (DriftKind.NotInSpec, "chatgpt-image-gamma"),
                (DriftKind.NotInSpec, "gpt-image-6"),
                (DriftKind.ShutdownDiffers, "gpt-image-5-2026-01-01"),
                (DriftKind.MissingFromApi, "chatgpt-image-beta"),
                (DriftKind.ServedAfterShutdown, "dall-e-9"),
                (DriftKind.ServedAfterShutdown, "gpt-image-4"),
            },
            Kinds(drift));
        DriftFinding alias = drift.Findings[2];
        Assert.Equal(("gpt-image-5", new DateOnly(2027, 3, 1), new DateOnly(2027, 2, 1)), (alias.SpecModelId, alias.SpecShutdown, alias.ApiShutdown));
        Assert.Contains("alias of gpt-image-5", alias.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_on_one_side_only_is_a_difference()
    {
        CatalogDrift announced = CatalogDrift.Compare(
            new[] { Api("gpt-image-5", new DateOnly(2027, 3, 1)), Api("chatgpt-image-beta", new DateOnly(2027, 6, 1)) }, Catalog, Today);
        CatalogDrift withdrawn = CatalogDrift.Compare(
            new[] { Api("gpt-image-5"), Api("chatgpt-image-beta") }, Catalog, Today);

        Assert.Equal(new[] { (DriftKind.ShutdownDiffers, "chatgpt-image-beta") }, Kinds(announced));
        Assert.Contains("none announced", announced.Findings[0].Message, StringComparison.Ordinal);
        Assert.Equal(new[] { (DriftKind.ShutdownDiffers, "gpt-image-5") }, Kinds(withdrawn));
    }

    [Fact]
    public void The_day_before_a_shutdown_the_model_is_still_expected_in_the_list()
    {
        CatalogDrift drift = CatalogDrift.Compare(new[] { Api("gpt-image-5", new DateOnly(2027, 3, 1)), Api("chatgpt-image-beta") }, Catalog, Today.AddDays(-1));

        Assert.Equal(new[] { (DriftKind.MissingFromApi, "gpt-image-4") }, Kinds(drift));
    }
}
