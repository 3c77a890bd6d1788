using System.Diagnostics;
using ImageContracts.Generator;
using ImageContracts.Generator.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

// One scenario per process, so the peak working set belongs to that scenario alone.
if (args.Length != 1 || (args[0] != "bundled" && !HostileSpecFiles.Scenarios.ContainsKey(args[0])))
{
    Console.Error.WriteLine("usage: HostileSpec <scenario>; scenarios: bundled, " + string.Join(", ", HostileSpecFiles.Scenarios.Keys));
    return 2;
}

var specDirectory = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "spec");
var texts = args[0] == "bundled"
    ? new[] { File.ReadAllText(Path.Combine(specDirectory, "openai-images.imagespec.yaml")) }
    : HostileSpecFiles.Scenarios[args[0]]();
var files = texts.Select((text, i) => (AdditionalText)new InMemoryText($"/specs/file{i}.imagespec.yaml", text)).ToArray();

var compilation = CSharpCompilation.Create("Consumer", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

// Warm up on a tiny spec first, so the figures are the scenario's work rather than JIT compilation.
CSharpGeneratorDriver.Create(new[] { new ImageSpecGenerator().AsSourceGenerator() }, new AdditionalText[] { new InMemoryText("/specs/warm.imagespec.yaml", "spec: warm\nmodels: {}\n") })
    .RunGenerators(compilation);

GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ImageSpecGenerator().AsSourceGenerator() }, files);
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var clock = Stopwatch.StartNew();
driver = driver.RunGenerators(compilation);
clock.Stop();
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

var run = driver.GetRunResult().Results.Single();
var limit = run.Diagnostics.FirstOrDefault(d => d.Id == "IMGSPEC013");
foreach (var other in run.Diagnostics.Where(d => d.Id == "IMGSPEC001"))
{
    Console.Error.WriteLine(other);
}
var where = limit is null ? "-" : $"line {limit.Location.GetLineSpan().StartLinePosition.Line + 1}";
Console.WriteLine(string.Join('\t',
    args[0],
    $"{texts.Sum(t => t.Length) / 1024.0:F1} KB",
    $"{clock.Elapsed.TotalMilliseconds:F0} ms",
    $"{allocated / (1024.0 * 1024):F0} MB allocated",
    $"{Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MB peak working set",
    $"{run.Diagnostics.Length} diagnostics",
    $"IMGSPEC013 {where}",
    $"{run.GeneratedSources.Length} files generated",
    run.Exception is null ? "no exception" : "EXCEPTION " + run.Exception.GetType().Name));
return run.Exception is null ? 0 : 1;

internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
