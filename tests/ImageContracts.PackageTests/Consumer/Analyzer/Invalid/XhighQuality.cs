// The marker comment sits right before the code the error must point at.
using ImageContracts;

static class XhighQuality
{
    public static readonly ImageGenerationRequest Request = new("a white siamese cat") { Model = "gpt-image-2", /*IMG0001*/Quality = "xhigh" };
}
