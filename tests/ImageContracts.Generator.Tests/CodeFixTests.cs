using System.Collections.Immutable;
using ImageContracts.CodeFixes;
using ImageContracts.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageContracts.Generator.Tests;

/// <summary>Each fix, applied in a real workspace, gives code that compiles and no longer has the diagnostic.</summary>
public class CodeFixTests
{
    private static readonly TestAdditionalText Spec = new("/specs/openai-images.imagespec.yaml", GeneratorHarness.SpecText);

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> GeneratedSources = new(() =>
        GeneratorHarness.Run(new[] { Spec }, null).Run.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList());

    [Theory]
    [InlineData("""var r = new ImageGenerationRequest("p") { Model = "dall-e-3", Size = "512x512" };""", "IMG0001", "Size = \"1024x1024\"")]
    [InlineData("""ImageContract.Validate("generations", "dall-e-3", new Dictionary<string, object?> { ["size"] = "1792x1023" });""", "IMG0001", "[\"size\"] = \"1792x1024\"")]
    [InlineData("""var r = new DallE3.GenerateRequest("p") { N = 4 };""", "IMG0003", "N = 1")]
    [InlineData("""var r = new GptImage15.GenerateRequest("p") { Stream = true, PartialImages = 9 };""", "IMG0003", "PartialImages = 3")]
    [InlineData("""var r = new ImageGenerationRequest("p") { Model = "gpt-image-1.5", ResponseFormat = "b64_json", N = 2 };""", "IMG0002", """new ImageGenerationRequest("p") { Model = "gpt-image-1.5", N = 2 }""")]
    [InlineData("""var r = new GptImage15.GenerateRequest("p") { Background = GptImage15.Background.Transparent, OutputFormat = GptImage15.OutputFormat.Jpeg };""", "IMG0006", "OutputFormat = GptImage15.OutputFormat.Png")]
    [InlineData("""var r = new ImageGenerationRequest("p") { Model = "gpt-image-1.5", Background = "transparent", OutputFormat = "jpeg" };""", "IMG0006", "OutputFormat = \"png\"")]
    [InlineData("""var r = new GptImage15.GenerateRequest("p") { PartialImages = 2 };""", "IMG0006", "Stream = true")]
    [InlineData("""ImageContract.Validate("generations", "gpt-image-1.5", new Dictionary<string, object?> { ["background"] = "transparent", ["output_format"] = "jpeg" });""", "IMG0006", "[\"output_format\"] = \"png\"")]
    [InlineData("""var r = new ImageGenerationRequest("p") { Model = "gpt-image-1.5", Quality = "hd" };""", "IMG0001", "Quality = \"high\"")]
    [InlineData("""var r = new ImageGenerationRequest("p") { Model = "dall-e-3", Quality = "low" };""", "IMG0001", "Quality = \"standard\"")]
    [InlineData("""var r = new ImageGenerationRequest("p") { Model = "gpt-image-2", Size = "1000x1000" };""", "IMG0005", "Size = \"1008x1008\"")]
    [InlineData("""var r = new GptImage2.GenerateRequest("p") { Size = new GptImage2.Size(1000, 1000) };""", "IMG0005", "Size = new GptImage2.Size(1008, 1008)")]
    [InlineData("""var r = new GptImage2.GenerateRequest("p") { Size = new GptImage2.Size(3840, 640) };""", "IMG0005", "Size = new GptImage2.Size(")]
    public async Task The_fix_compiles_and_removes_the_diagnostic(string statements, string id, string expectedText)
    {
        var (fixedDocument, fixedText) = await FixAsync(statements, id);

        Assert.True(fixedText.Contains(expectedText, StringComparison.Ordinal), $"'{expectedText}' not in the fixed code:\n{fixedText}");
        await AssertCompilesWithoutAsync(fixedDocument, id);
    }

    [Theory]
    [InlineData("""var r = new GptImage15.GenerateRequest("p") { OutputFormat = GptImage15.OutputFormat.Png, OutputCompression = 50 };""", "OutputCompression", "OutputFormat = GptImage15.OutputFormat.Png")]
    [InlineData("""var r = new ImageGenerationRequest("p") { Model = "gpt-image-1.5", OutputCompression = 50 };""", "OutputCompression", "Model = \"gpt-image-1.5\"")]
    [InlineData("""ImageContract.Validate("generations", "gpt-image-1.5", new Dictionary<string, object?> { ["prompt"] = "p", ["output_compression"] = 50 });""", "output_compression", "[\"prompt\"] = \"p\"")]
    public async Task Compression_with_png_is_fixed_by_removing_the_compression_not_by_changing_the_format(string statements, string removed, string kept)
    {
        var (fixedDocument, fixedText) = await FixAsync(statements, "IMG0006");

        Assert.DoesNotContain(removed, fixedText);
        Assert.Contains(kept, fixedText);
        Assert.DoesNotContain("Jpeg", fixedText);
        Assert.DoesNotContain("jpeg", fixedText);
        await AssertCompilesWithoutAsync(fixedDocument, "IMG0006");
    }

    [Theory]
    [InlineData("IMG0002", """var r = new ImageGenerationRequest("p") { Model = "gpt-image-1.5", ResponseFormat = "b64_json", Style = "vivid", N = 2 };""", """new ImageGenerationRequest("p") { Model = "gpt-image-1.5", N = 2 }""")]
    [InlineData("IMG0003", "var a = new DallE3.GenerateRequest(\"p\") { N = 4 };\nvar b = new DallE2.GenerateRequest(\"q\") { N = 12 };", "N = 1 };|N = 10 };")]
    public async Task Fix_all_applies_every_fix_of_a_kind_in_the_document(string id, string statements, string expected)
    {
        var (source, _) = AnalyzerHarness.Wrap(statements);
        var document = CreateDocument(source);
        var diagnostics = (await AnalyzeAsync(document)).Where(d => d.Id == id).ToImmutableArray();
        Assert.Equal(2, diagnostics.Length);
        var fixer = new ImageContractsCodeFixProvider();
        var single = await RegisteredFixAsync(fixer, document, diagnostics[0]);

        var context = new FixAllContext(document, fixer, FixAllScope.Document, single.EquivalenceKey, new[] { id }, new FixedDiagnostics(diagnostics), CancellationToken.None);
        var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        var fixedDocument = await ApplyAsync(fixAll!, document);
        var fixedText = (await fixedDocument.GetTextAsync()).ToString();

        foreach (var part in expected.Split('|'))
        {
            Assert.Contains(part, fixedText);
        }

        await AssertCompilesWithoutAsync(fixedDocument, id);
    }

    private static async Task<(Document Document, string Text)> FixAsync(string statements, string id)
    {
        var (source, _) = AnalyzerHarness.Wrap(statements);
        var document = CreateDocument(source);
        var diagnostic = Assert.Single(await AnalyzeAsync(document), d => d.Id == id);
        var action = await RegisteredFixAsync(new ImageContractsCodeFixProvider(), document, diagnostic);
        var fixedDocument = await ApplyAsync(action, document);
        return (fixedDocument, (await fixedDocument.GetTextAsync()).ToString());
    }

    private static async Task<CodeAction> RegisteredFixAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return Assert.Single(actions);
    }

    private static async Task<Document> ApplyAsync(CodeAction action, Document document)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
    }

    private static async Task AssertCompilesWithoutAsync(Document fixedDocument, string id)
    {
        var compilation = (await fixedDocument.Project.GetCompilationAsync())!;
        var tree = (await fixedDocument.GetSyntaxTreeAsync())!;
        Assert.Empty(compilation.GetSemanticModel(tree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain(await AnalyzeAsync(fixedDocument), d => d.Id == id);
    }

    /// <summary>Hands Fix All the diagnostics the test found.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }

    private static Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Consumer", "Consumer", LanguageNames.CSharp,
            compilationOptions: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: GeneratorHarness.ParseOptions,
            metadataReferences: GeneratorHarness.References));
        foreach (var (name, text) in GeneratedSources.Value)
        {
            project = project.AddDocument(name, text).Project;
        }

        return project.AddDocument("Usage.cs", source);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!
            .WithOptions(document.Project.CompilationOptions!.WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("IMG0010", ReportDiagnostic.Suppress)));
        var tree = (await document.GetSyntaxTreeAsync())!;
        var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ImageContractsAnalyzer()), new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(Spec)));
        return await analyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None);
    }
}
