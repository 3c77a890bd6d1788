using System;

namespace ImageContracts.Emulator;

/// <summary>Draws a <see cref="RenderJob"/> into an RGBA buffer. <c>progress</c> in (0, 1] reveals the shapes one
/// after another (partial images converge on the final one); <c>phase</c> in [0, 1) moves them (GIF frames).</summary>
internal static class SceneRenderer
{
    public static byte[] Render(RenderJob job, double progress, double phase)
    {
        int w = job.Width, h = job.Height;
        byte[] rgba = new byte[checked(w * h * 4)];
        Rgb from = job.Scene.From, to = job.Scene.To;
        double dx = Math.Cos(job.Scene.Angle), dy = Math.Sin(job.Scene.Angle);
        double span = Math.Abs(dx * w) + Math.Abs(dy * h);
        double origin = Math.Min(0, dx * w) + Math.Min(0, dy * h);
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                int o = ((y * w) + x) * 4;
                if (job.Base is { } source && !Editable(job, o))
                {
                    Buffer.BlockCopy(source, o, rgba, o, 4);
                    continue;
                }

                double t = ((dx * x) + (dy * y) - origin) / span;
                if (job.Base is { } under && job.Mask is null)
                {
                    // An edit without a mask keeps the input visible under a light wash of the scene's gradient.
                    rgba[o] = Mix(under[o], Lerp(from.R, to.R, t), 0.25);
                    rgba[o + 1] = Mix(under[o + 1], Lerp(from.G, to.G, t), 0.25);
                    rgba[o + 2] = Mix(under[o + 2], Lerp(from.B, to.B, t), 0.25);
                    rgba[o + 3] = under[o + 3];
                    continue;
                }

                rgba[o] = Lerp(from.R, to.R, t);
                rgba[o + 1] = Lerp(from.G, to.G, t);
                rgba[o + 2] = Lerp(from.B, to.B, t);
                rgba[o + 3] = job.Transparent ? (byte)0 : (byte)255;
            }
        }

        int shown = Math.Clamp((int)Math.Ceiling(job.Scene.Shapes.Count * progress), 1, job.Scene.Shapes.Count);
        for (int i = 0; i < shown; i++)
        {
            DrawShape(job, rgba, job.Scene.Shapes[i], phase, i);
        }

        return rgba;
    }

    private static void DrawShape(RenderJob job, byte[] rgba, Shape shape, double phase, int index)
    {
        int w = job.Width, h = job.Height;
        double unit = Math.Min(w, h);
        double wobble = Math.Sin((phase + (index * 0.17)) * Math.PI * 2) * 0.06;
        double cx = (shape.X + wobble) * w, cy = (shape.Y + (wobble / 2)) * h, r = shape.Radius * unit;
        int x0 = Math.Max(0, (int)(cx - r)), x1 = Math.Min(w - 1, (int)(cx + r));
        int y0 = Math.Max(0, (int)(cy - r)), y1 = Math.Min(h - 1, (int)(cy + r));
        double r2 = r * r;
        for (int y = y0; y <= y1; y++)
        {
            for (int x = x0; x <= x1; x++)
            {
                if (shape.Disc && (((x - cx) * (x - cx)) + ((y - cy) * (y - cy))) > r2)
                {
                    continue;
                }

                int o = ((y * w) + x) * 4;
                if (job.Base is not null && !Editable(job, o))
                {
                    continue;
                }

                rgba[o] = shape.Color.R;
                rgba[o + 1] = shape.Color.G;
                rgba[o + 2] = shape.Color.B;
                rgba[o + 3] = 255;
            }
        }
    }

    /// <summary>Whether an edit may change the pixel at byte offset <paramref name="o"/>: a mask's transparent pixels,
    /// everything without a mask.</summary>
    private static bool Editable(RenderJob job, int o) => job.Mask is not { } mask || mask[o + 3] < 128;

    private static byte Lerp(byte a, byte b, double t) => (byte)Math.Clamp(a + ((b - a) * t), 0, 255);

    private static byte Mix(byte a, byte b, double weight) => (byte)Math.Clamp((a * (1 - weight)) + (b * weight), 0, 255);
}
