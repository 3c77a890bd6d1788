using System.Globalization;
using System.Text;

namespace ImageContracts.Emulator;

/// <summary>Writes a scene as SVG markup (the API's SVG output is vector text written by an author model; here the
/// same gradient and shapes as the raster output).</summary>
internal static class SvgWriter
{
    public static byte[] Write(Scene scene, int width, int height, bool transparent)
    {
        var svg = new StringBuilder();
        CultureInfo inv = CultureInfo.InvariantCulture;
        double unit = System.Math.Min(width, height);
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        if (!transparent)
        {
            double x2 = 0.5 + (System.Math.Cos(scene.Angle) / 2), y2 = 0.5 + (System.Math.Sin(scene.Angle) / 2);
            svg.Append(inv, $"<defs><linearGradient id=\"g\" x1=\"{1 - x2:0.###}\" y1=\"{1 - y2:0.###}\" x2=\"{x2:0.###}\" y2=\"{y2:0.###}\">");
            svg.Append(inv, $"<stop offset=\"0\" stop-color=\"{scene.From.Hex}\"/><stop offset=\"1\" stop-color=\"{scene.To.Hex}\"/></linearGradient></defs>");
            svg.Append(inv, $"<rect width=\"{width}\" height=\"{height}\" fill=\"url(#g)\"/>");
        }

        foreach (Shape shape in scene.Shapes)
        {
            double cx = shape.X * width, cy = shape.Y * height, r = shape.Radius * unit;
            svg.Append(shape.Disc
                ? string.Create(inv, $"<circle cx=\"{cx:0.#}\" cy=\"{cy:0.#}\" r=\"{r:0.#}\" fill=\"{shape.Color.Hex}\"/>")
                : string.Create(inv, $"<rect x=\"{cx - r:0.#}\" y=\"{cy - r:0.#}\" width=\"{2 * r:0.#}\" height=\"{2 * r:0.#}\" fill=\"{shape.Color.Hex}\"/>"));
        }

        svg.Append("</svg>");
        return Encoding.UTF8.GetBytes(svg.ToString());
    }
}
