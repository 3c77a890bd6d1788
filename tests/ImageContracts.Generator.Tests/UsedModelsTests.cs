using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// A model's request types and enums, and each loose request, are generated only when the project's code names them
/// (unless <c>ImageContractsEmitUnusedModels</c>): a project pays to compile what it uses. The others keep their class
/// with <c>Id</c> and <c>Contract</c>, and the catalog is always there.
/// </summary>
public class UsedModelsTests
{
    private static readonly TestAdditionalText Spec = new("/specs/openai-images.imagespec.yaml", GeneratorHarness.SpecText);

    private static readonly Dictionary<string, string> OnlyNamed = new()
    {
        [GeneratorHarness.EmitUnusedModels] = "false",
        [GeneratorHarness.EmitRetiredModels] = "false",
    };

    [Fact]
    public void Only_the_models_and_loose_requests_the_code_names_get_request_types()
    {
        var (run, output) = GeneratorHarness.Run(new[] { Spec }, OnlyNamed,
            """
            public static class Use
            {
                public static object Typed() => new ImageContracts.GptImage2.GenerateRequest("a fox") { Quality = ImageContracts.GptImage2.Quality.High };
                public static object Loose() => new ImageContracts.ImageGenerationRequest("a fox") { Model = "gpt-image-2.6-flare" };
                public static string Id() => ImageContracts.GptImage26Sunburst.Id + ImageContracts.ImageContract.Catalog.Models.Count;
            }
            """);

        Assert.Empty(GeneratorHarness.Problems(output));
        var hints = run.GeneratedSources.Select(s => s.HintName).ToHashSet();
        Assert.Contains("GptImage2.GenerateRequest.g.cs", hints);
        Assert.Contains("GptImage26Sunburst.GenerateRequest.g.cs", hints); // named (for its Id): all of it
        Assert.Contains("ImageGenerationRequest.g.cs", hints);
        Assert.Contains("ImageContract.g.cs", hints);
        Assert.DoesNotContain("GptImage26Flare.GenerateRequest.g.cs", hints);
        Assert.DoesNotContain("ImageEditRequest.g.cs", hints);
        Assert.DoesNotContain("ImageGenerationTool.g.cs", hints);

        // Not named: the class with its id and contract, nothing more.
        var flare = run.GeneratedSources.Single(s => s.HintName == "GptImage26Flare.g.cs").SourceText.ToString();
        Assert.Contains("public const string Id = \"gpt-image-2.6-flare\";", flare, StringComparison.Ordinal);
        Assert.Contains("Contract =>", flare, StringComparison.Ordinal);
        Assert.DoesNotContain("enum Quality", flare, StringComparison.Ordinal);

        var (everything, _) = GeneratorHarness.Run(new[] { Spec }, new Dictionary<string, string> { [GeneratorHarness.EmitUnusedModels] = "true" });
        Assert.Contains(everything.GeneratedSources, s => s.HintName == "GptImage26Flare.GenerateRequest.g.cs");
        Assert.Contains(everything.GeneratedSources, s => s.HintName == "ImageEditRequest.g.cs");
    }

    [Fact]
    public void Naming_a_model_in_an_edit_brings_its_requests_and_other_edits_regenerate_nothing()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(new[] { Spec }, OnlyNamed).RunGenerators(compilation);
        Assert.DoesNotContain(driver.GetRunResult().GeneratedTrees, t => t.FilePath.EndsWith("GptImage2.GenerateRequest.g.cs", StringComparison.Ordinal));

        // An edit that names no generated type: every output cached.
        var unrelated = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(unrelated);
        var quiet = driver.GetRunResult().Results.Single();
        Assert.All(quiet.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        // An edit that names gpt-image-2: its requests appear.
        var naming = unrelated.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { object R => new ImageContracts.GptImage2.GenerateRequest(\"p\"); }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(naming);
        Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.FilePath.EndsWith("GptImage2.GenerateRequest.g.cs", StringComparison.Ordinal));
    }
}
