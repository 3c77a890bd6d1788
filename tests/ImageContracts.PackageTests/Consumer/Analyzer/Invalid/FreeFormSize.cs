using ImageContracts;

static class FreeFormSize
{
    public static readonly GptImage2.Size Wide = /*IMG0005*/new GptImage2.Size(4096, 1024);
}
