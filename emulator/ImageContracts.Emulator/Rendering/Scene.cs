using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace ImageContracts.Emulator;

/// <summary>What a picture shows, derived only from a hash of prompt, emulator seed and image index: a two-colour
/// gradient and a few discs and boxes. The same inputs always give the same scene.</summary>
internal sealed class Scene
{
    private Scene(Rgb from, Rgb to, double angle, IReadOnlyList<Shape> shapes)
    {
        From = from;
        To = to;
        Angle = angle;
        Shapes = shapes;
    }

    public Rgb From { get; }

    public Rgb To { get; }

    /// <summary>Gradient direction in radians.</summary>
    public double Angle { get; }

    public IReadOnlyList<Shape> Shapes { get; }

    public static Scene Create(string prompt, int seed, int index)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(prompt + "\n" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var shapes = new List<Shape>();
        int count = 4 + (hash[9] % 4);
        for (int i = 0; i < count; i++)
        {
            // Hash bytes 10..31 feed the shapes; cycle through them with a per-shape stride.
            byte At(int k) => hash[10 + ((i * 5 + k) % 22)];
            shapes.Add(new Shape(
                Disc: (At(0) & 1) == 0,
                X: 0.1 + (0.8 * At(1) / 255.0),
                Y: 0.1 + (0.8 * At(2) / 255.0),
                Radius: 0.06 + (0.16 * At(3) / 255.0),
                Color: new Rgb(At(4), (byte)(At(0) ^ At(3)), (byte)(At(1) ^ At(4)))));
        }

        return new Scene(new Rgb(hash[0], hash[1], hash[2]), new Rgb(hash[3], hash[4], hash[5]), hash[6] / 255.0 * Math.PI * 2, shapes);
    }
}

/// <summary>An sRGB colour.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public string Hex => $"#{R:x2}{G:x2}{B:x2}";
}

/// <summary>A disc or a box, in fractions of the canvas (radius of the shorter edge).</summary>
internal readonly record struct Shape(bool Disc, double X, double Y, double Radius, Rgb Color);
