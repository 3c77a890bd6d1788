#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>
/// The one reader of <c>WIDTHxHEIGHT</c> sizes: lower-case <c>x</c>, positive decimal integers of at most nine digits,
/// no signs or spaces. Compiled into the runtime and into the analyzer, so both read a size the same way.
/// </summary>
internal static class SizeText
{
    public static bool TryParse(string? text, out int width, out int height)
    {
        width = 0;
        height = 0;
        if (text is null)
        {
            return false;
        }

        int x = text.IndexOf('x');
        return x > 0
            && TryParsePositive(text, 0, x, out width)
            && TryParsePositive(text, x + 1, text.Length, out height);
    }

    private static bool TryParsePositive(string text, int start, int end, out int value)
    {
        value = 0;
        if (end <= start || end - start > 9)
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value > 0;
    }
}
