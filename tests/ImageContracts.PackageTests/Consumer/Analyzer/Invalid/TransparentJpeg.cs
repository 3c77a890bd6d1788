using ImageContracts;

static class TransparentJpeg
{
    public static readonly GptImage26Flare.GenerateRequest Request = new("a logo")
    {
        Background = GptImage26Flare.Background.Transparent,
        /*IMG0006*/OutputFormat = GptImage26Flare.OutputFormat.Jpeg,
    };
}
