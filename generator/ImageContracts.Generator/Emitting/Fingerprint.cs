using System.Globalization;

namespace ImageContracts.Generator.Emitting;

/// <summary>
/// A short hash of emitted contract text (64-bit FNV-1a, hex). It only tells "the same text" from "different text"
/// between the runtime's build and a consumer's build of the same generator; it is not a security boundary.
/// </summary>
internal static class Fingerprint
{
    public static string Of(string text)
    {
        const ulong offsetBasis = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offsetBasis;
        foreach (var c in text)
        {
            // Line endings never matter: the writer emits \n, and a CRLF checkout must not change the answer.
            if (c == '\r')
            {
                continue;
            }

            hash = unchecked((hash ^ c) * prime);
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
