using System;

namespace ImageContracts.Emulator;

/// <summary>Puts an edit's inputs on the canvas: the first image scaled to the output size becomes the base, the mask
/// says where it may change, and markup becomes a mask that opens the marked area (the bounding box of its
/// non-transparent pixels, padded) while the marks themselves are not copied into the result.</summary>
internal static class EditCanvas
{
    public static RenderJob Prepare(ImageInputs inputs, RenderJob job)
    {
        if (inputs.Images.Count == 0)
        {
            return job;
        }

        lock (inputs)
        {
            inputs.Canvas ??= Decode(inputs, job.Width, job.Height);
        }

        return job with { Base = inputs.Canvas.Value.Base, Mask = inputs.Canvas.Value.Mask };
    }

    private static (byte[] Base, byte[]? Mask) Decode(ImageInputs inputs, int width, int height)
    {
        byte[] source = ImageCodec.DecodeTo(inputs.Images[0].Bytes.Span, width, height);
        byte[]? mask = inputs.Mask is { } m ? ImageCodec.DecodeTo(m.Bytes.Span, width, height)
            : inputs.Markup is { } markup ? MarkedArea(ImageCodec.DecodeTo(markup.Bytes.Span, width, height), width, height)
            : null;
        return (source, mask);
    }

    private static byte[] MarkedArea(byte[] markup, int width, int height)
    {
        int x0 = width, y0 = height, x1 = -1, y1 = -1;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                if (markup[(((y * width) + x) * 4) + 3] > 0)
                {
                    x0 = Math.Min(x0, x);
                    x1 = Math.Max(x1, x);
                    y0 = Math.Min(y0, y);
                    y1 = Math.Max(y1, y);
                }
            }
        }

        int pad = Math.Min(width, height) / 32;
        byte[] mask = new byte[markup.Length];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                bool open = x >= x0 - pad && x <= x1 + pad && y >= y0 - pad && y <= y1 + pad;
                mask[(((y * width) + x) * 4) + 3] = open ? (byte)0 : (byte)255;
            }
        }

        return mask;
    }
}
