using ImageContracts.Overlays;

namespace ImageContracts.Http.Tests.Overlays;

/// <summary>
/// The run-time binder and the generator's ContractEmitter turn the same parsed spec into the same contracts: every
/// bundled model, bound from the spec parsed at run time, equals the one compiled into the runtime (BundledContracts).
/// </summary>
public class ContractBinderTests
{
    [Fact]
    public void Every_bundled_model_bound_at_run_time_equals_the_compiled_contract()
    {
        var (models, problems) = SpecOverlay.ParseMerged(Array.Empty<ImageContracts.Generator.Parsing.SpecFileText>(), CancellationToken.None);

        Assert.Empty(problems);
        Assert.Equal(BundledContracts.Catalog.Models.Select(m => m.Id), models.Select(m => m.Contract.Id));
        var differences = BundledContracts.Catalog.Models
            .Zip(models, (compiled, bound) => ContractComparer.Differences(compiled, bound.Contract, compiled.Id))
            .SelectMany(d => d)
            .ToList();
        Assert.True(differences.Count == 0, "compiled vs bound:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void The_comparer_finds_a_changed_price_and_a_default_of_another_type()
    {
        ModelContract compiled = BundledContracts.Catalog.Find("gpt-image-2")!;
        var changed = new ModelContract
        {
            Id = compiled.Id,
            TypeName = compiled.TypeName,
            DisplayName = compiled.DisplayName,
            Family = compiled.Family,
            Description = compiled.Description,
            Aliases = compiled.Aliases,
            Lifecycle = compiled.Lifecycle,
            Endpoints = compiled.Endpoints.Select((e, i) => i > 0 ? e : new EndpointContract
            {
                Endpoint = e.Endpoint,
                Model = e.Model,
                Path = e.Path,
                Body = e.Body,
                Confirmed = e.Confirmed,
                Note = e.Note,
                Source = e.Source,
                Rejected = e.Rejected,
                Rules = e.Rules,
                Parameters = e.Parameters.Select(p => p.WireName != "n" ? p : new ParameterContract
                {
                    WireName = p.WireName, Name = p.Name, Kind = p.Kind, Required = p.Required, Default = 1L, Values = p.Values,
                    Minimum = p.Minimum, Maximum = p.Maximum, Confirmed = p.Confirmed, Note = p.Note, Description = p.Description, Source = p.Source,
                }).ToArray(),
            }).ToArray(),
            Pricing = new PricingContract
            {
                ReadOn = compiled.Pricing!.ReadOn,
                Source = compiled.Pricing.Source,
                Tokens = compiled.Pricing.Tokens,
                PerImage = compiled.Pricing.PerImage.Select((p, i) => i > 0 ? p : new PerImagePrice { Quality = p.Quality, Size = p.Size, Usd = p.Usd + 0.001m }).ToArray(),
                PartialImageTokens = compiled.Pricing.PartialImageTokens,
                Confirmed = compiled.Pricing.Confirmed,
                Note = compiled.Pricing.Note,
            },
        };

        List<string> differences = ContractComparer.Differences(compiled, changed, "gpt-image-2");

        Assert.Equal(2, differences.Count);
        Assert.Contains(differences, d => d.StartsWith("gpt-image-2.Endpoints[0].Parameters[", StringComparison.Ordinal) && d.EndsWith("].Default: 1 (Int32) vs 1 (Int64)", StringComparison.Ordinal));
        Assert.StartsWith("gpt-image-2.Pricing.PerImage[0].Usd: ", differences.Single(d => d.Contains("PerImage", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
