using ImageContracts;

static class TransparentJpeg
{
    public static readonly GptImage15.GenerateRequest Request = new("a logo")
    {
        Background = GptImage15.Background.Transparent,
        /*IMG0006*/OutputFormat = GptImage15.OutputFormat.Jpeg,
    };
}
