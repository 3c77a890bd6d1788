using System.Diagnostics;

namespace ImageContracts.Emulator.Tests.Support;

/// <summary>Runs Debian's independent decoders (pngcheck, dwebp, djpeg, gifsicle) on bytes the emulator produced.</summary>
public static class Decoders
{
    /// <summary>Writes <paramref name="bytes"/> to a temp file, runs <paramref name="tool"/> with <paramref name="arguments"/>
    /// (<c>{0}</c> = the file) and returns exit code and output. Fails the test after 60 s.</summary>
    public static (int ExitCode, string Output) Run(string tool, string arguments, byte[] bytes, string extension)
    {
        string path = Path.Combine(Path.GetTempPath(), "emu-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(path, bytes);
        try
        {
            var start = new ProcessStartInfo(tool, string.Format(System.Globalization.CultureInfo.InvariantCulture, arguments, path))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using Process process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start");
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(tool + " did not finish in 60 s");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>pngcheck -v: "OK" and the IHDR line (width x height, colour type).</summary>
    public static string PngCheck(byte[] png)
    {
        (int code, string output) = Run("pngcheck", "-v {0}", png, ".png");
        Assert.True(code == 0, "pngcheck failed: " + output);
        return output;
    }

    /// <summary>dwebp -v decodes the file: returns its output, which names the canvas size and alpha.</summary>
    public static string Dwebp(byte[] webp)
    {
        (int code, string output) = Run("dwebp", "{0} -o /dev/null -v", webp, ".webp");
        Assert.True(code == 0, "dwebp failed: " + output);
        return output;
    }

    /// <summary>djpeg decodes to PPM; returns the PPM header's "width height".</summary>
    public static (int Width, int Height) Djpeg(byte[] jpeg)
    {
        string path = Path.Combine(Path.GetTempPath(), "emu-" + Guid.NewGuid().ToString("N") + ".jpg");
        File.WriteAllBytes(path, jpeg);
        try
        {
            var start = new ProcessStartInfo("djpeg", "-pnm " + path) { RedirectStandardOutput = true, RedirectStandardError = true };
            using Process process = Process.Start(start)!;
            using var ppm = new MemoryStream();
            Task copy = process.StandardOutput.BaseStream.CopyToAsync(ppm);
            Assert.True(process.WaitForExit(60_000), "djpeg hung");
            copy.Wait(60_000);
            Assert.True(process.ExitCode == 0, "djpeg failed: " + process.StandardError.ReadToEnd());
            string[] header = System.Text.Encoding.ASCII.GetString(ppm.GetBuffer(), 0, 40).Split(new[] { '\n', ' ' }, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("P6", header[0]);
            return (int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>gifsicle --info: frame count, logical screen and delays.</summary>
    public static string Gifsicle(byte[] gif)
    {
        (int code, string output) = Run("gifsicle", "--info {0}", gif, ".gif");
        Assert.True(code == 0, "gifsicle failed: " + output);
        return output;
    }
}
