using ImageContracts.Emulator.Tests.Support;

namespace ImageContracts.Emulator.Tests;

/// <summary>Markup editing (the bundled spec has no <c>markup</c> parameter yet, so it is checked below HTTP): only
/// the marked area changes and the marks are not copied into the result.</summary>
public sealed class EditCanvasTests
{
    [Fact]
    public void Markup_opens_only_the_marked_area()
    {
        const int size = 256;
        byte[] input = Pixels.SolidPng(size, size, 40, 40, 40);
        byte[] markupRgba = new byte[size * size * 4];
        for (int y = 100; y < 120; y++)
        {
            for (int x = 100; x < 120; x++)
            {
                int o = ((y * size) + x) * 4;
                markupRgba[o] = 255; // a red mark
                markupRgba[o + 3] = 255;
            }
        }

        var inputs = new ImageInputs { Markup = ImageFile.FromBytes(Pixels.Png(markupRgba, size, size)) };
        inputs.Images.Add(ImageFile.FromBytes(input));
        RenderJob job = EditCanvas.Prepare(inputs, new RenderJob(Scene.Create("circle this", 0, 0), size, size, Transparent: false));
        byte[] output = SceneRenderer.Render(job, 1, 0);

        bool Untouched(int x, int y)
        {
            int o = ((y * size) + x) * 4;
            return output[o] == 40 && output[o + 1] == 40 && output[o + 2] == 40;
        }

        Assert.True(Untouched(10, 10) && Untouched(250, 250) && Untouched(10, 200), "pixels far from the mark keep the input");
        Assert.False(Untouched(110, 110), "the marked area is repainted");
        int mark = ((110 * size) + 110) * 4;
        Assert.False(output[mark] == 255 && output[mark + 1] == 0 && output[mark + 2] == 0, "the mark itself is not copied");
    }
}
