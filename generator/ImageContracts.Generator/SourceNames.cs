using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageContracts.Generator;

/// <summary>
/// The names a source file mentions that could be a generated type (identifiers that start with a capital letter).
/// A model's request types and enums are emitted only for models the project's code names, so a project that uses none
/// (a hello world, a library that only passes requests on) does not compile them in every build. One set per file:
/// an edit recomputes only its own file's set.
/// </summary>
internal static class SourceNames
{
    public static EquatableArray<string> In(SyntaxNode root, System.Threading.CancellationToken cancellationToken)
    {
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var token in root.DescendantTokens())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText is { Length: > 0 } text && char.IsUpper(text[0]))
            {
                names.Add(text);
            }
        }

        return names.ToEquatableArray();
    }

    /// <summary>True when some file mentions <paramref name="name"/>.</summary>
    public static bool Mentions(IEnumerable<EquatableArray<string>> files, string name)
        => files.Any(file => Contains(file, name));

    // Each file's names are sorted (ordinal): a binary search.
    private static bool Contains(EquatableArray<string> sorted, string name)
    {
        int low = 0, high = sorted.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(sorted[middle], name);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }
}
