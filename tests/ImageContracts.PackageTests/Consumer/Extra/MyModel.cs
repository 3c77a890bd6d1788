// Added to the consumer together with extra.imagespec.yaml: uses the model that file defines.
using System.Globalization;
using ImageContracts;

public static class MyModelReport
{
    // Called by Program.cs through reflection, so the base template compiles without this file.
    public static void Print()
    {
        var request = new MyImageModel.GenerateRequest("A lighthouse") { Size = MyImageModel.Size.W1536xH1024, Quality = MyImageModel.Quality.Medium };
        CostEstimate cost = request.EstimateCost();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"my-model: {request.Model} type={nameof(MyImageModel)} valid={request.Validate().IsValid} outputImageTokens={cost.OutputImageTokens} inCatalog={ImageContract.Find("my-image-model") is not null}"));
    }
}
