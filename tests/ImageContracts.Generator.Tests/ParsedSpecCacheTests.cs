using ImageContracts.Generator.Parsing;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// The analyzer (and the generator) parse a spec once while its text is unchanged. Not run beside other tests: they
/// parse specs of their own, which would evict these entries from the process-wide cache.
/// </summary>
[Collection(nameof(ParsedSpecCacheTests))]
public class ParsedSpecCacheTests
{
    private static SpecFileText[] Spec(string comment) => new[] { new SpecFileText("/specs/openai-images.imagespec.yaml", "# " + comment + "\n" + GeneratorHarness.SpecText, 0) };

    [Fact]
    public void The_same_text_is_parsed_once()
    {
        var key = Guid.NewGuid().ToString("N");
        var first = ParsedSpecCache.Parse(Spec(key), CancellationToken.None);
        var second = ParsedSpecCache.Parse(Spec(key), CancellationToken.None);

        Assert.NotNull(first.Model);
        Assert.Same(first, second);
    }

    [Fact]
    public void Changed_text_a_changed_order_or_another_path_is_parsed_again()
    {
        var key = Guid.NewGuid().ToString("N");
        var original = ParsedSpecCache.Parse(Spec(key), CancellationToken.None);

        Assert.NotSame(original, ParsedSpecCache.Parse(Spec(key + "!"), CancellationToken.None));
        Assert.NotSame(original, ParsedSpecCache.Parse(new[] { Spec(key)[0] with { Order = 5 } }, CancellationToken.None));
        Assert.NotSame(original, ParsedSpecCache.Parse(new[] { Spec(key)[0] with { Path = "/other/openai-images.imagespec.yaml" } }, CancellationToken.None));
    }

    [Fact]
    public void Only_the_most_recent_specs_are_kept()
    {
        var key = Guid.NewGuid().ToString("N");
        var oldest = ParsedSpecCache.Parse(Spec(key), CancellationToken.None);
        for (var i = 0; i < ParsedSpecCache.Capacity; i++)
        {
            ParsedSpecCache.Parse(Spec(key + i), CancellationToken.None);
        }

        Assert.NotSame(oldest, ParsedSpecCache.Parse(Spec(key), CancellationToken.None));
    }

    [Fact]
    public void A_cancelled_parse_is_not_cached()
    {
        var key = Guid.NewGuid().ToString("N");
        Assert.ThrowsAny<OperationCanceledException>(() => ParsedSpecCache.Parse(Spec(key), new CancellationToken(canceled: true)));

        Assert.NotNull(ParsedSpecCache.Parse(Spec(key), CancellationToken.None).Model);
    }
}

[CollectionDefinition(nameof(ParsedSpecCacheTests), DisableParallelization = true)]
public class ParsedSpecCacheCollection
{
}
