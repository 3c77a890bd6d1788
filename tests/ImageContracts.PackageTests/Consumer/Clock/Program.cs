using ImageContracts;

// Typed, loose and dictionary uses of a model whose shutdown lies between the two build dates.
var typed = new ClockProbe.GenerateRequest("A lighthouse");
var loose = new ImageGenerationRequest("A lighthouse") { Model = "clock-probe" };
var checkedCall = ImageContract.Validate("generations", "clock-probe", new Dictionary<string, object?> { ["prompt"] = "A lighthouse" });
System.Console.WriteLine($"{typed.Model} {loose.Model} {checkedCall.IsValid}");
