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
    [InlineData("""ImageContract.Validate("generations", "gpt-image-1.5", new Dictionary<string, object?> { ["output_compression"] = 50 });""", "IMG0006", "[\"output_format\"] = \"jpeg\"")]
    public async Task The_fix_compiles_and_removes_the_diagnostic(string statements, string id, string expectedText)
    {
        var (source, _) = AnalyzerHarness.Wrap(statements);
        var document = CreateDocument(source);
        var diagnostic = Assert.Single(await AnalyzeAsync(document), d => d.Id == id);

        var actions = new List<CodeAction>();
        var fixer = new ImageContractsCodeFixProvider();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var action = Assert.Single(actions);
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var fixedDocument = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        var fixedText = (await fixedDocument.GetTextAsync()).ToString();

        Assert.Contains(expectedText, fixedText);
        var compilation = (await fixedDocument.Project.GetCompilationAsync())!;
        var tree = (await fixedDocument.GetSyntaxTreeAsync())!;
        Assert.Empty(compilation.GetSemanticModel(tree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain(await AnalyzeAsync(fixedDocument), d => d.Id == id);
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
