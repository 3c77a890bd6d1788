using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageContracts.Generator.Tests;

/// <summary>Each diagnostic id with a violation at the exact span, and the matching valid use with none.</summary>
public class AnalyzerTests
{
    private static readonly string LongPrompt = new('a', 1200);

    [Fact]
    public async Task IMG0001_a_loose_size_the_model_lacks()
    {
        var d = await AnalyzerHarness.AssertSingleAsync("""var r = new ImageGenerationRequest("p") { Model = "dall-e-3", [|Size = "512x512"|] };""", "IMG0001");
        Assert.Contains("dall-e-3 does not accept size '512x512'; allowed: 1024x1024, 1792x1024, 1024x1792", d.GetMessage());
        Assert.Equal("\"1024x1024\"", d.Properties["ReplaceWith"]);
        Assert.Contains(d.AdditionalLocations, l => l.GetLineSpan().Path.EndsWith(".imagespec.yaml"));
        await AnalyzerHarness.AssertNoneAsync("""var r = new ImageGenerationRequest("p") { Model = "dall-e-3", Size = "1792x1024" };""");
    }

    [Fact]
    public async Task IMG0001_through_the_dictionary_entry_point()
    {
        await AnalyzerHarness.AssertSingleAsync("""ImageContract.Validate("generations", "dall-e-3", new Dictionary<string, object?> { [|["size"] = "512x512"|] });""", "IMG0001");
        await AnalyzerHarness.AssertSingleAsync("""ImageContract.EstimateCost("generations", "gpt-image-1.5", new Dictionary<string, object?> { [|{ "quality", "standard" }|] });""", "IMG0001");
        await AnalyzerHarness.AssertNoneAsync("""ImageContract.Validate("generations", "dall-e-3", new Dictionary<string, object?> { ["size"] = "1024x1792", ["quality"] = "hd" });""");
    }

    [Fact]
    public async Task IMG0002_a_parameter_the_model_rejects()
    {
        var d = await AnalyzerHarness.AssertSingleAsync("""var r = new ImageGenerationRequest("p") { Model = "gpt-image-1.5", [|ResponseFormat = "b64_json"|] };""", "IMG0002");
        Assert.Contains("response_format", d.GetMessage());
        Assert.Equal("true", d.Properties["Remove"]);
        await AnalyzerHarness.AssertSingleAsync("""var r = new ImageGenerationRequest("p") { Model = "gpt-image-2", [|Style = "vivid"|] };""", "IMG0002");
        await AnalyzerHarness.AssertNoneAsync("""var r = new ImageGenerationRequest("p") { Model = "gpt-image-2", Style = null };""");
    }

    [Fact]
    public async Task IMG0003_numbers_out_of_range()
    {
        await AnalyzerHarness.AssertSingleAsync("""var r = new DallE3.GenerateRequest("p") { [|N = 3|] };""", "IMG0003");
        var d = await AnalyzerHarness.AssertSingleAsync("""var r = new GptImage15.GenerateRequest("p") { Stream = true, [|PartialImages = 5|] };""", "IMG0003");
        Assert.Equal("3", d.Properties["ReplaceWith"]);
        await AnalyzerHarness.AssertSingleAsync("""var r = new GptImage15.GenerateRequest("p") { OutputFormat = GptImage15.OutputFormat.Jpeg, [|OutputCompression = 101|] };""", "IMG0003");
        await AnalyzerHarness.AssertNoneAsync("""var r = new GptImage15.GenerateRequest("p") { N = 10, Stream = true, PartialImages = 3, OutputFormat = GptImage15.OutputFormat.Webp, OutputCompression = 0 };""");
    }

    [Fact]
    public async Task IMG0003_in_a_target_typed_new_and_a_with_expression()
    {
        await AnalyzerHarness.AssertSingleAsync("""DallE3.GenerateRequest r = new("p") { [|N = 2|] };""", "IMG0003");
        await AnalyzerHarness.AssertSingleAsync("""var r = new GptImage15.GenerateRequest("p"); var s = r with { [|N = 11|] };""", "IMG0003");
    }

    [Fact]
    public async Task IMG0004_a_prompt_literal_longer_than_the_model_accepts()
    {
        var d = await AnalyzerHarness.AssertSingleAsync($$"""const string Part = "{{LongPrompt.Substring(0, 600)}}"; var r = new DallE2.GenerateRequest([|Part + "{{LongPrompt.Substring(600)}}"|]);""", "IMG0004");
        Assert.Contains("1200 characters long; dall-e-2 accepts at most 1000", d.GetMessage());
        await AnalyzerHarness.AssertNoneAsync($$"""var r = new GptImage15.GenerateRequest("{{LongPrompt}}");""");
    }

    [Fact]
    public async Task IMG0005_free_form_sizes()
    {
        var d = await AnalyzerHarness.AssertSingleAsync("""var size = [|new GptImage2.Size(1000, 1000)|];""", "IMG0005");
        Assert.Contains("multiples of 16", d.GetMessage());
        await AnalyzerHarness.AssertSingleAsync("""var r = new ImageGenerationRequest("p") { Model = "gpt-image-2", [|Size = "4000x1000"|] };""", "IMG0005");
        await AnalyzerHarness.AssertSingleAsync("""var r = new GptImage2.GenerateRequest("p") { Size = [|new GptImage2.Size(1000, 1000)|] };""", "IMG0005");
        await AnalyzerHarness.AssertNoneAsync("""var r = new GptImage2.GenerateRequest("p") { Size = new GptImage2.Size(2048, 1152) }; var l = new ImageGenerationRequest("p") { Model = "gpt-image-2", Size = "1280x720" };""");
    }

    [Fact]
    public async Task IMG0006_a_rule_the_api_enforces()
    {
        var d = await AnalyzerHarness.AssertSingleAsync("""var r = new GptImage15.GenerateRequest("p") { Background = GptImage15.Background.Transparent, [|OutputFormat = GptImage15.OutputFormat.Jpeg|] };""", "IMG0006");
        Assert.Equal("OutputFormat", d.Properties["SetProperty"]);
        Assert.Equal("global::ImageContracts.GptImage15.OutputFormat.Png", d.Properties["SetValue"]);
        await AnalyzerHarness.AssertSingleAsync("""var r = new GptImage15.GenerateRequest("p") { [|OutputCompression = 50|] };""", "IMG0006");
        await AnalyzerHarness.AssertSingleAsync("""var r = new GptImage15.GenerateRequest("p") { [|PartialImages = 2|] };""", "IMG0006");
        await AnalyzerHarness.AssertNoneAsync("""var r = new GptImage15.GenerateRequest("p") { Background = GptImage15.Background.Transparent, OutputFormat = GptImage15.OutputFormat.Webp, OutputCompression = 50 };""");
    }

    [Fact]
    public async Task IMG0006_a_request_created_for_a_streaming_method_is_judged_with_the_stream_it_sends()
    {
        const string Client = "ImageContracts.Http.ImagesClient client = null!; ";
        // GenerateStreamingAsync sends stream: true itself: partial images need nothing more.
        await AnalyzerHarness.AssertNoneAsync(Client + """_ = client.GenerateStreamingAsync(new GptImage15.GenerateRequest("p") { PartialImages = 2 });""");
        await AnalyzerHarness.AssertSingleAsync(Client + """_ = client.GenerateAsync(new GptImage15.GenerateRequest("p") { [|PartialImages = 2|] });""", "IMG0006");
        // A request that must not be streamed is refused there, at the request, with no fix (the method streams, not the request).
        var (source, span) = AnalyzerHarness.Wrap(Client + """_ = client.GenerateStreamingAsync([|new GptImage26Flare.GenerateRequest("p") { OutputFormat = GptImage26Flare.OutputFormat.Gif }|]);""");
        var d = Assert.Single(await AnalyzerHarness.AnalyzeAsync(source), d => d.Id == "IMG0006"); // and IMG0012: GIF is a preview
        Assert.Contains("rule 'gif-no-stream'", d.GetMessage());
        Assert.Equal(span, d.Location.SourceSpan);
        Assert.Empty(d.Properties);
    }

    [Fact]
    public async Task A_call_without_a_model_is_judged_against_the_default_the_API_uses()
    {
        // variations defaults to dall-e-2, which has no 1024x1792 (dall-e-3's size).
        await AnalyzerHarness.AssertSingleAsync("""ImageContract.Validate("variations", null, new Dictionary<string, object?> { [|["size"] = "1024x1792"|] });""", "IMG0001");
        // generations records no default (name the model): nothing to judge at compile time.
        await AnalyzerHarness.AssertNoneAsync("""ImageContract.Validate("generations", null, new Dictionary<string, object?> { ["size"] = "1024x1792" });""");
    }

    [Fact]
    public async Task IMG0007_a_combination_the_api_handles_badly_is_a_warning()
    {
        var d = await AnalyzerHarness.AssertSingleAsync("""var r = new GptImage15.GenerateRequest("p") { Background = GptImage15.Background.Transparent, [|Quality = GptImage15.Quality.Low|] };""", "IMG0007");
        Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
    }

    [Fact]
    public async Task IMG0008_and_IMG0009_models_and_endpoints()
    {
        await AnalyzerHarness.AssertSingleAsync("""var r = new ImageEditRequest("p", ImageFile.FromBytes(new byte[8])) { [|Model = "dall-e-3"|] };""", "IMG0008");
        await AnalyzerHarness.AssertSingleAsync("""ImageContract.Validate("variations", [|"gpt-image-1.5"|], new Dictionary<string, object?>());""", "IMG0008");
        var d = await AnalyzerHarness.AssertSingleAsync("""var r = new ImageGenerationRequest("p") { [|Model = "dall-e-4"|] };""", "IMG0009");
        Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);

        // A model newer than the spec: only the warning, however its values look against the known models.
        var newer = await AnalyzerHarness.AssertSingleAsync("""var r = new ImageGenerationRequest("p") { [|Model = "gpt-image-7-nebula"|], Quality = "xhigh", Size = "4096x4096" };""", "IMG0009");
        Assert.Equal(DiagnosticSeverity.Warning, newer.DefaultSeverity);
        await AnalyzerHarness.AssertSingleAsync("""ImageContract.Validate("generations", [|"gpt-image-7-nebula"|], new Dictionary<string, object?> { ["quality"] = "xhigh" });""", "IMG0009");
    }

    [Fact]
    public async Task IMG0010_a_retired_model_written_as_a_string_warns()
    {
        var (source, span) = AnalyzerHarness.Wrap("""var r = new ImageGenerationRequest("p") { [|Model = "dall-e-3"|] };""");
        var diagnostics = await AnalyzerHarness.AnalyzeAsync(source, includeLifecycle: true);
        var d = Assert.Single(diagnostics);
        Assert.Equal("IMG0010", d.Id);
        Assert.Contains("dall-e-3 was shut down on 2026-05-12", d.GetMessage());
        Assert.Equal(source.Substring(span!.Value.Start, span.Value.Length), source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));

        // The typed class is [Obsolete] instead: the compiler reports it, the analyzer does not repeat it.
        Assert.Empty(await AnalyzerHarness.AnalyzeAsync(AnalyzerHarness.Wrap("""var r = new DallE3.GenerateRequest("p");""").Source, includeLifecycle: true));
        Assert.Empty(await AnalyzerHarness.AnalyzeAsync(AnalyzerHarness.Wrap("""var r = new GptImage2.GenerateRequest("p");""").Source, includeLifecycle: true));
    }

    [Fact]
    public async Task IMG0011_an_image_model_cannot_host_the_tool()
    {
        await AnalyzerHarness.AssertSingleAsync("""var tool = new GptImage15.ImageGenerationTool(); tool.Validate([|"gpt-image-1"|]);""", "IMG0011");
        await AnalyzerHarness.AssertSingleAsync("""ImageContract.Validate("responses", [|"gpt-image-2"|], new Dictionary<string, object?> { ["model"] = "gpt-image-1.5" });""", "IMG0011");
        await AnalyzerHarness.AssertNoneAsync("""var tool = new GptImage15.ImageGenerationTool(); tool.Validate("gpt-4.1"); tool.Validate("some-future-model");""");
    }

    [Fact]
    public async Task IMG0012_a_preview_value_warns()
        => await AnalyzerHarness.AssertSingleAsync("""var r = new GptImage2.GenerateRequest("p") { [|Background = GptImage2.Background.Transparent|], OutputFormat = GptImage2.OutputFormat.Png };""", "IMG0012");

    [Fact]
    public async Task Generated_types_from_a_referenced_library_are_checked_too()
    {
        // A library built with ImageContracts and ImageContractsPublic=true ...
        var spec = new TestAdditionalText("/specs/openai-images.imagespec.yaml", GeneratorHarness.SpecText);
        var (_, library) = GeneratorHarness.Run(new[] { spec }, new Dictionary<string, string> { ["build_property.ImageContractsPublic"] = "true" });
        using var image = new MemoryStream();
        var emit = library.WithAssemblyName("ImageLibrary").Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

        // ... used from a project whose own generator output is not involved: the analyzer still judges the constants.
        var (source, span) = AnalyzerHarness.Wrap("""var r = new GptImage2.GenerateRequest("p") { [|N = 11|] };""");
        var consumer = GeneratorHarness.Compilation(source).AddReferences(Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray()));
        Assert.Empty(consumer.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await consumer
            .WithOptions(consumer.Options.WithSpecificDiagnosticOptions(new Dictionary<string, Microsoft.CodeAnalysis.ReportDiagnostic> { ["IMG0010"] = Microsoft.CodeAnalysis.ReportDiagnostic.Suppress }))
            .WithAnalyzers([new ImageContracts.Generator.Analysis.ImageContractsAnalyzer()], new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions([spec]))
            .GetAnalyzerDiagnosticsAsync();
        var d = Assert.Single(diagnostics.Where(x => !x.IsSuppressed));
        Assert.Equal("IMG0003", d.Id);
        Assert.Equal(span!.Value, d.Location.SourceSpan);
    }

    [Fact]
    public async Task A_mask_with_images_passed_as_params_is_valid()
    {
        await AnalyzerHarness.AssertNoneAsync("""
            var image = ImageFile.FromBytes(new byte[8]);
            var mask = ImageFile.FromBytes(new byte[8]);
            var a = new GptImage15.EditRequest("p", image) { Mask = mask };
            var b = new GptImage15.EditRequest("p", image, image) { Mask = mask };
            var c = new GptImage15.EditRequest("p", new[] { image }) { Mask = mask };
            var d = new ImageEditRequest("p", image) { Model = "gpt-image-1.5", Mask = mask };
            """);
        await AnalyzerHarness.AssertSingleAsync("""var mask = ImageFile.FromBytes(new byte[8]); var a = new GptImage15.EditRequest("p") { [|Mask = mask|] };""", "IMG0006");
    }

    [Fact]
    public async Task Values_that_are_not_constants_are_left_to_the_runtime()
    {
        await AnalyzerHarness.AssertNoneAsync("""
            var n = System.Environment.TickCount;
            string size = System.Environment.GetEnvironmentVariable("SIZE")!;
            string model = System.Environment.GetEnvironmentVariable("MODEL")!;
            var a = new DallE3.GenerateRequest("p") { N = n };
            var b = new ImageGenerationRequest("p") { Model = "dall-e-3", Size = size };
            var c = new ImageGenerationRequest("p") { Model = model, Size = "512x512", N = 5 };
            var d = new GptImage15.GenerateRequest("p") { OutputCompression = n > 0 ? 50 : null };
            var e = ImageContract.Validate("generations", model, new Dictionary<string, object?> { ["size"] = "3x3" });
            """);
    }
}
