using ImageContracts;

static class ToolHost
{
    public static ValidationResult Check() => new GptImage2.ImageGenerationTool().Validate(/*IMG0011*/"gpt-image-2");
}
