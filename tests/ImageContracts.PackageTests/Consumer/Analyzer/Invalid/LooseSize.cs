// The marker comment sits right before the code the error must point at.
using ImageContracts;

static class LooseSize
{
    public static readonly ImageGenerationRequest Request = new("a white siamese cat") { Model = "gpt-image-1.5", /*IMG0001*/Size = "1792x1024" };
}
