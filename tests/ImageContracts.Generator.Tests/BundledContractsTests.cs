using Microsoft.CodeAnalysis;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// The runtime library compiles the bundled spec's contracts once (<c>ImageContracts.BundledContracts</c>); a consumer's
/// generated code refers to them while its spec leaves a model unchanged, and emits its own contract when it does not.
/// </summary>
public class BundledContractsTests
{
    private static readonly TestAdditionalText Bundled = new("/specs/openai-images.imagespec.yaml", GeneratorHarness.SpecText);

    private static string Source(GeneratorRunResult run, string hintName)
        => run.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    [Fact]
    public void An_unchanged_spec_refers_to_the_contracts_compiled_into_the_runtime()
    {
        var (run, output) = GeneratorHarness.Run(new[] { Bundled }, null);

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Contains("public static global::ImageContracts.ModelContract Contract => global::ImageContracts.BundledContracts.GptImage2;", Source(run, "GptImage2.g.cs"), StringComparison.Ordinal);
        Assert.Contains("Catalog => global::ImageContracts.BundledContracts.Catalog;", Source(run, "ImageContract.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratedSources, s => s.SourceText.ToString().Contains("new global::ImageContracts.ModelContract", StringComparison.Ordinal));
    }

    [Fact]
    public void Comments_and_line_endings_in_the_spec_do_not_matter()
    {
        var edited = new TestAdditionalText("/specs/openai-images.imagespec.yaml", "# a comment a user added\n" + GeneratorHarness.SpecText.Replace("\n", "\r\n", StringComparison.Ordinal));
        var (run, _) = GeneratorHarness.Run(new[] { edited }, null);

        Assert.Contains("Contract => global::ImageContracts.BundledContracts.GptImage2;", Source(run, "GptImage2.g.cs"), StringComparison.Ordinal);
        Assert.Contains("Catalog => global::ImageContracts.BundledContracts.Catalog;", Source(run, "ImageContract.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_changed_by_an_overlay_gets_its_own_contract_and_the_others_stay_shared()
    {
        var overlay = new TestAdditionalText("/specs/zz-mine.imagespec.yaml", """
            spec: openai-images
            models:
              gpt-image-2:
                doc: "Our gateway's gpt-image-2."
            """);
        var (run, output) = GeneratorHarness.Run(new[] { Bundled, overlay }, null,
            """
            public static class Use
            {
                public static string? Doc() => ImageContracts.GptImage2.Contract.Description;
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        var gptImage2 = Source(run, "GptImage2.g.cs");
        Assert.Contains("new global::ImageContracts.ModelContract", gptImage2, StringComparison.Ordinal);
        Assert.Contains("Description = \"Our gateway's gpt-image-2.\"", gptImage2, StringComparison.Ordinal);
        Assert.Contains("Contract => global::ImageContracts.BundledContracts.GptImage25Sunburst;", Source(run, "GptImage25Sunburst.g.cs"), StringComparison.Ordinal);

        // The catalog lists the changed model, so it is the consumer's own.
        var catalog = Source(run, "ImageContract.g.cs");
        Assert.DoesNotContain("BundledContracts.Catalog", catalog, StringComparison.Ordinal);
        Assert.Contains("GptImage2.Contract,", catalog, StringComparison.Ordinal);
    }

    [Fact]
    public void The_runtime_build_emits_only_BundledContracts_with_the_fingerprints_the_runtime_holds()
    {
        var properties = new Dictionary<string, string> { ["build_property.ImageContractsEmit"] = "BundledContracts" };

        // Compiled without the runtime's own BundledContracts in view (as the runtime itself is).
        var compilation = GeneratorHarness.Compilation().RemoveReferences(GeneratorHarness.References.Last());
        var driver = GeneratorHarness.Driver(new[] { Bundled }, properties).RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();

        var file = Assert.Single(run.GeneratedSources);
        Assert.Equal("BundledContracts.g.cs", file.HintName);
        Assert.Contains($"public const string ContractFingerprints = \"{ImageContracts.BundledContracts.ContractFingerprints}\";", file.SourceText.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("catalog=", ImageContracts.BundledContracts.ContractFingerprints, StringComparison.Ordinal);
        Assert.Contains(";gpt-image-2=", ImageContracts.BundledContracts.ContractFingerprints, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_contracts_are_the_ones_the_spec_describes()
    {
        Assert.Equal("gpt-image-2", ImageContracts.BundledContracts.GptImage2.Id);
        Assert.Contains(ImageContracts.BundledContracts.GptImage2, ImageContracts.BundledContracts.Catalog.Models);
        Assert.Same(ImageContracts.BundledContracts.GptImage2, ImageContracts.BundledContracts.Catalog.Find("gpt-image-2-2026-04-21"));
    }

    [Fact]
    public void A_shut_down_model_keeps_only_its_id_and_contract_unless_asked_for_its_requests()
    {
        var (run, output) = GeneratorHarness.Run(new[] { Bundled }, new Dictionary<string, string> { [GeneratorHarness.EmitRetiredModels] = "false" },
            """
            public static class Use
            {
            #pragma warning disable IMG0010
                public static string Id() => ImageContracts.DallE3.Id + ImageContracts.DallE3.Contract.Endpoints[0].Path;
            #pragma warning restore IMG0010
            }
            """);

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.DoesNotContain(run.GeneratedSources, s => s.HintName.StartsWith("DallE3.", StringComparison.Ordinal) && s.HintName != "DallE3.g.cs");
        Assert.Contains(run.GeneratedSources, s => s.HintName == "GptImage2.GenerateRequest.g.cs");
        var dallE3 = Source(run, "DallE3.g.cs");
        Assert.Contains("<ImageContractsEmitRetiredModels>true</ImageContractsEmitRetiredModels>", dallE3, StringComparison.Ordinal);
        Assert.DoesNotContain("enum Quality", dallE3, StringComparison.Ordinal);

        var (withRequests, _) = GeneratorHarness.Run(new[] { Bundled }, new Dictionary<string, string> { [GeneratorHarness.EmitRetiredModels] = "true" });
        Assert.Contains(withRequests.GeneratedSources, s => s.HintName == "DallE3.GenerateRequest.g.cs");
    }
}
