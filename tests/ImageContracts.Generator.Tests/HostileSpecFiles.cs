using System.Text;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// Spec files written to hurt the compiler, for <see cref="HostileSpecTests"/> and for
/// bench/hostile-spec.sh, which measures the same files (the bench links this file).
/// </summary>
internal static class HostileSpecFiles
{
    /// <summary>Line 16 of a file built on <see cref="Header"/> and <see cref="BaseModel"/>: where the model's own pricing goes.</summary>
    public const int PricingLine = 16;

    private const string Header = """
        spec: test
        sources:
          S: { title: t, where: w, date: 2026-01-01 }
        endpoints:
          generations: { path: /images/generations, body: json, request: GenerateRequest, source: S }
        parameters:
          prompt: { type: string, source: S }
        """;

    private const string BaseModel = """
          m0:
            type: M0
            family: gpt-image
            endpoints:
              generations:
                parameters:
                  prompt: { required: true, source: S }
        """;

    /// <summary>Every scenario by name, for the bench.</summary>
    public static readonly IReadOnlyDictionary<string, Func<string[]>> Scenarios = new Dictionary<string, Func<string[]>>
    {
        ["deep-flow-20000"] = () => new[] { DeepFlow(20_000) },
        ["deep-block-lists-20000"] = () => new[] { DeepBlockLists(20_000) },
        ["deep-block-mappings-500"] = () => new[] { DeepBlockMappings(500) },
        ["bomb-extends-9"] = () => new[] { BombThroughExtends(9) },
        ["bomb-two-files-9"] = () => { var (a, b) = BombAcrossTwoFiles(9, "pricing"); return new[] { a, b }; },
        ["extends-growing-2000"] = () => new[] { GrowingExtendsChain(2_000) },
        ["extends-chain-100000"] = () => new[] { ExtendsChain(100_000) },
        ["flat-list-500000"] = () => new[] { FlatList(500_000) },
    };

    /// <summary>"models: [[[...]]]": the value of <c>models</c> nested <paramref name="depth"/> flow lists deep (2 bytes a level).</summary>
    public static string DeepFlow(int depth) => "spec: test\nmodels: " + new string('[', depth) + new string(']', depth) + "\n";

    /// <summary>"models:\n  - - - ... x": block lists nested on one line.</summary>
    public static string DeepBlockLists(int depth) => "spec: test\nmodels:\n  " + new StringBuilder().Insert(0, "- ", depth) + "x\n";

    /// <summary>Block mappings indented one space a level: <c>k0:</c> on line 2, <c>kN:</c> on line N + 2.</summary>
    public static string DeepBlockMappings(int depth)
    {
        var yaml = new StringBuilder("spec: test\n");
        for (var level = 0; level < depth; level++)
        {
            yaml.Append(' ', level).Append('k').Append(level).Append(":\n");
        }

        return yaml.Append(' ', depth).Append("leaf\n").ToString();
    }

    /// <summary>
    /// A flow mapping <paramref name="depth"/> levels deep where each level names the one below nine times
    /// through anchors: about 1 KB at depth 9 that stands for 9^9 (387 million) nodes.
    /// </summary>
    public static string Bomb(int depth)
    {
        var text = "&l0 { a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x }";
        for (var level = 1; level <= depth; level++)
        {
            var below = "*l" + (level - 1);
            text = $"&l{level} {{ a: {text}, b: {below}, c: {below}, d: {below}, e: {below}, f: {below}, g: {below}, h: {below}, i: {below} }}";
        }

        return text;
    }

    /// <summary>m0 prices with a bomb; m1 extends m0 and prices with the same bomb, so resolving merges one over the other.</summary>
    public static string BombThroughExtends(int depth)
        => Header + "\nmodels:\n" + BaseModel + "\n    pricing: " + Bomb(depth) + $"\n  m1:\n    extends: m0\n    type: M1\n    pricing: *l{depth}\n";

    /// <summary>Two files whose model m0 carries the same bomb under <paramref name="key"/>, merged one over the other.</summary>
    public static (string First, string Second) BombAcrossTwoFiles(int depth, string key)
        => (Header + "\nmodels:\n" + BaseModel + $"\n    {key}: {{ x: " + Bomb(depth) + " }\n",
            $"models:\n  m0:\n    {key}: {{ x: " + Bomb(depth) + " }\n");

    /// <summary>Each model extends the one before and adds a price, so model k stands for k prices: quadratic in all.</summary>
    public static string GrowingExtendsChain(int models)
    {
        var yaml = new StringBuilder(Header).Append("\nmodels:\n").Append(BaseModel).Append('\n');
        for (var k = 1; k <= models; k++)
        {
            yaml.Append($"  m{k}:\n    extends: m{k - 1}\n    type: M{k}\n    pricing: {{ p{k}: {k} }}\n");
        }

        return yaml.ToString();
    }

    /// <summary>One model per line, each extending the one before: about 5 MB at 100,000 models.</summary>
    public static string ExtendsChain(int models)
    {
        var yaml = new StringBuilder(Header).Append("\nmodels:\n").Append(BaseModel).Append('\n');
        for (var k = 1; k <= models; k++)
        {
            yaml.Append($"  m{k}: {{ extends: m{k - 1}, type: M{k} }}\n");
        }

        return yaml.ToString();
    }

    /// <summary>A list of <paramref name="items"/> one-letter entries: about 3 MB at 500,000.</summary>
    public static string FlatList(int items)
    {
        var yaml = new StringBuilder(Header).Append("\ndiscrepancies:\n");
        for (var k = 0; k < items; k++)
        {
            yaml.Append("  - x\n");
        }

        return yaml.ToString();
    }
}
