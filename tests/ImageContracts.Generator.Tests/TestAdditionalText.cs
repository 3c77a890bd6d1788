using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImageContracts.Generator.Tests;

/// <summary>An in-memory AdditionalFiles entry.</summary>
internal sealed class TestAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
