using System.Collections.Immutable;
using ImageContracts.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ImageContracts.Generator.Tests;

/// <summary>Runs the generator, then the analyzer over the result, as a build does.</summary>
internal static class AnalyzerHarness
{
    public const string Usings = "using System.Collections.Generic;\nusing ImageContracts;\n";

    private static readonly TestAdditionalText Spec = new("/specs/openai-images.imagespec.yaml", GeneratorHarness.SpecText);

    private static readonly Lazy<Compilation> Generated = new(() => GeneratorHarness.Run(new[] { Spec }, null).Output);

    /// <summary>Analyzer diagnostics for a method body (wrapped in a class); lifecycle diagnostics (IMG0010, IMG0013) only when asked for.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, bool includeLifecycle = false)
    {
        // The generated code is the same for every test: generate once, then add the test's own tree.
        var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions);
        var output = Generated.Value.AddSyntaxTrees(tree);
        var options = output.Options.WithSpecificDiagnosticOptions(includeLifecycle
            ? ImmutableDictionary<string, ReportDiagnostic>.Empty
            : ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("IMG0010", ReportDiagnostic.Suppress).Add("IMG0013", ReportDiagnostic.Suppress));
        var compilation = output.WithOptions(options);
        // IMG0010 from the compiler is a retired model's [Obsolete]: lifecycle, not a compile failure of the test source.
        var compileErrors = compilation.GetSemanticModel(tree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "IMG0010").ToList();
        Assert.True(compileErrors.Count == 0, "test source does not compile: " + string.Join("\n", compileErrors.Take(5)));
        var analyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new ImageContractsAnalyzer()),
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(Spec)));
        // Only the test's tree: binding the generated code for every case would be slow and reports nothing.
        var diagnostics = await analyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
        return diagnostics.Where(d => !d.IsSuppressed).ToImmutableArray();
    }

    /// <summary>Wraps statements in a method; <c>[|...|]</c> marks the span a diagnostic must cover.</summary>
    public static (string Source, TextSpan? Span) Wrap(string statements)
    {
        var text = Usings + "static class Usage\n{\n    static void Run()\n    {\n" + statements + "\n    }\n}\n";
        var start = text.IndexOf("[|", StringComparison.Ordinal);
        if (start < 0)
        {
            return (text, null);
        }

        text = text.Remove(start, 2);
        var end = text.IndexOf("|]", StringComparison.Ordinal);
        text = text.Remove(end, 2);
        return (text, new TextSpan(start, end - start));
    }

    /// <summary>Asserts exactly one diagnostic, with this id, covering the marked span.</summary>
    public static async Task<Diagnostic> AssertSingleAsync(string statements, string id)
    {
        var (source, span) = Wrap(statements);
        var diagnostics = await AnalyzeAsync(source);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        if (span is { } expected)
        {
            Assert.Equal(source.Substring(expected.Start, expected.Length), source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        }

        return diagnostic;
    }

    public static async Task AssertNoneAsync(string statements)
    {
        var (source, _) = Wrap(statements);
        var diagnostics = await AnalyzeAsync(source);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
    }
}
