// Consumer of ImageContracts.Overlays, copied over the template's Program.cs: learns gpt-image-3 from a YAML file at run
// time (the file sits outside the project, so the generator never compiles it in) and checks, prices and refuses by it.
using ImageContracts;
using ImageContracts.Overlays;

string path = Path.Combine("..", "runtime-overlay", "gpt-image-3.yaml");
SpecOverlay overlay = SpecOverlay.Load(path);
ContractCatalog catalog = ImageContract.Catalog.With(overlay);
Console.WriteLine("overlay: models=" + string.Join(",", overlay.Models.Select(m => m.Id)) + " compiled-in=" + (ImageContract.Find("gpt-image-3") is not null));

Dictionary<string, object?> Call(string size) => new() { ["prompt"] = "A lighthouse", ["size"] = size, ["quality"] = "high" };
Console.WriteLine("valid 2048x2048=" + catalog.Validate("generations", "gpt-image-3", Call("2048x2048")).IsValid
    + " 1040x1040=" + catalog.Validate("generations", "gpt-image-3", Call("1040x1040")).IsValid);
CostEstimate cost = catalog.EstimateCost("generations", "gpt-image-3", Call("2048x2048"), promptTokens: 1000);
Console.WriteLine(FormattableString.Invariant($"cost: min={cost.MinUsd} max={cost.MaxUsd}"));

try
{
    SpecOverlay.Parse("models:\n  gpt-image-3:\n    extends: gpt-image-9\n", "bad.imagespec.yaml");
}
catch (SpecOverlayException ex)
{
    Console.WriteLine("refused: " + ex.Problems.First(p => p.IsError));
}
