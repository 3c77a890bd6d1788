using System.Collections.Immutable;
using ImageContracts.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// The analyzer reads the spec only when an operation on a type in the generated namespaces needs it: a compilation that
/// creates no request never reads (let alone parses) the spec files, and one that does reads them once.
/// </summary>
public class SpecOnDemandTests
{
    [Fact]
    public void The_spec_is_read_once_and_only_for_types_in_the_generated_namespaces()
    {
        var spec = new CountingText("/specs/openai-images.imagespec.yaml", GeneratorHarness.SpecText);
        var (_, compilation) = GeneratorHarness.Run(new[] { new TestAdditionalText(spec.Path, GeneratorHarness.SpecText) }, null,
            "namespace Shop { public sealed class Basket { } }",
            "namespace ImageContracts.Extras { public sealed class Helper { } }");
        var options = new AnalyzerOptions(new AdditionalText[] { spec }.ToImmutableArray(), new TestOptionsProvider());
        var onDemand = new SpecOnDemand(compilation, new[] { spec }, options, CancellationToken.None);

        Assert.Null(onDemand.For(compilation.GetTypeByMetadataName("Shop.Basket")));
        Assert.Null(onDemand.For(compilation.GetTypeByMetadataName("ImageContracts.Extras.Helper")));
        Assert.Null(onDemand.For(compilation.GetSpecialType(SpecialType.System_String)));
        Assert.Equal(0, spec.Reads);

        var request = compilation.GetTypeByMetadataName("ImageContracts.GptImage2+GenerateRequest");
        Assert.NotNull(request);
        var found = onDemand.For(request);
        Assert.NotNull(found);
        Assert.Equal("gpt-image-2", found.Value.Index.Find(request)!.Model!.Id);
        Assert.NotNull(onDemand.For(compilation.GetTypeByMetadataName("ImageContracts.ImageContract")));
        Assert.Equal(1, spec.Reads);
    }

    private sealed class CountingText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);
        private int _reads;

        public int Reads => _reads;

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            return _text;
        }
    }
}
