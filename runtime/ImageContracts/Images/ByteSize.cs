using System.Globalization;

namespace ImageContracts;

/// <summary>Formats byte counts for messages (binary units: 1 MB = 1,048,576 bytes).</summary>
internal static class ByteSize
{
    internal const double Megabyte = 1024d * 1024d;

    internal static string Format(long bytes)
    {
        if (bytes < 1024)
        {
            return bytes.ToString(CultureInfo.InvariantCulture) + " B";
        }

        if (bytes < 1024 * 1024)
        {
            return (bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
        }

        return Megabytes(bytes) + " MB";
    }

    /// <summary>Megabytes with up to two decimals, e.g. <c>4</c>, <c>4.01</c>.</summary>
    internal static string Megabytes(long bytes) => (bytes / Megabyte).ToString("0.##", CultureInfo.InvariantCulture);
}
