namespace ImageContracts.Runtime.Tests;

/// <summary>The contract an unknown model is checked against, over hand-built models: the widest bounds, a bound only
/// when every model has one, required only when all require, list kinds win, no value lists.</summary>
public class UniversalContractTests
{
    private static EndpointContract Generations(string model, params ParameterContract[] parameters) => new()
    {
        Endpoint = ImageEndpoint.Generations,
        Model = model,
        Path = "/images/generations",
        Parameters = parameters,
    };

    private static ModelContract Model(string id, params ParameterContract[] parameters) => new() { Id = id, Endpoints = new[] { Generations(id, parameters) } };

    private static readonly ContractCatalog Catalog = new(
        new[]
        {
            Model("a",
                new ParameterContract { WireName = "prompt", Kind = ParameterKind.String, Required = true, MaxLength = 1000 },
                new ParameterContract { WireName = "n", Kind = ParameterKind.Integer, Minimum = 1, Maximum = 1 },
                new ParameterContract { WireName = "seed", Kind = ParameterKind.Integer, Minimum = 0, Maximum = 9 },
                new ParameterContract { WireName = "quality", Kind = ParameterKind.String, Values = new[] { new AllowedValue { Value = "hd" } } }),
            Model("b",
                new ParameterContract { WireName = "prompt", Kind = ParameterKind.String, Required = true, MaxLength = 32000 },
                new ParameterContract { WireName = "n", Kind = ParameterKind.Integer, Minimum = 1, Maximum = 10 },
                new ParameterContract { WireName = "seed", Kind = ParameterKind.Integer, Minimum = 0 },
                new ParameterContract { WireName = "style", Kind = ParameterKind.String, Required = true }),
        },
        new HostModelPolicy(),
        new[] { new EndpointInfo { Endpoint = ImageEndpoint.Generations, Name = "generations", Path = "/images/generations" } });

    [Fact]
    public void Bounds_are_the_widest_and_only_where_every_model_has_one()
    {
        EndpointContract universal = Catalog.UniversalContract(ImageEndpoint.Generations)!;

        Assert.Equal((true, 32000), (universal.FindParameter("prompt")!.Required, universal.FindParameter("prompt")!.MaxLength));
        Assert.Equal((1, 10), (universal.FindParameter("n")!.Minimum, universal.FindParameter("n")!.Maximum));
        Assert.Equal((0, (int?)null), (universal.FindParameter("seed")!.Minimum, universal.FindParameter("seed")!.Maximum));
        Assert.False(universal.FindParameter("style")!.Required); // b requires it, a does not have it
        Assert.Empty(universal.FindParameter("quality")!.Values);
        Assert.Null(Catalog.UniversalContract(ImageEndpoint.Edits));
    }

    [Fact]
    public void An_unknown_model_is_checked_against_the_widest_bounds()
    {
        ValidationResult result = Catalog.Validate("generations", "c", new Dictionary<string, object?> { ["prompt"] = "p", ["n"] = 10, ["seed"] = 1_000 });
        ValidationResult outOfRange = Catalog.Validate("generations", "c", new Dictionary<string, object?> { ["prompt"] = "p", ["seed"] = -1 });

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(ValidationCodes.UnknownModel, Assert.Single(result.Warnings).Code);
        Assert.Equal((ValidationCodes.OutOfRange, "seed"), (Assert.Single(outOfRange.Errors).Code, outOfRange.Errors[0].Parameter));
    }
}
