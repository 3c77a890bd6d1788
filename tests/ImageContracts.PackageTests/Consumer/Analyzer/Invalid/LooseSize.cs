// The marker comment sits right before the code the error must point at.
using ImageContracts;

static class LooseSize
{
    public static readonly ImageGenerationRequest Request = new("a white siamese cat") { Model = "gpt-image-2.6-flare", /*IMG0005*/Size = "1000x1000" };
}
