using ImageContracts;

static class EditModel
{
    public static object Check() => ImageContract.Validate("variations", /*IMG0008*/"gpt-image-2", new System.Collections.Generic.Dictionary<string, object?>());
}
