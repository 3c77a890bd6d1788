using ImageContracts;

static class RejectedParameter
{
    public static readonly ImageGenerationRequest Request = new("a white siamese cat") { Model = "gpt-image-2", /*IMG0002*/ResponseFormat = "url" };
}
