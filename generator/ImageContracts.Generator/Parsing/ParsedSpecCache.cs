using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace ImageContracts.Generator.Parsing;

/// <summary>
/// The last few parse results by spec text. The analyzer starts over on every compilation (every keystroke in an IDE),
/// but the spec rarely changes between them: parsing it again each time would repeat the same work. Shared with the
/// generator, which runs in the same compiler process, so an edit to the spec is parsed once for both.
/// </summary>
internal static class ParsedSpecCache
{
    /// <summary>A few entries: a solution's projects may use different overlays.</summary>
    public const int Capacity = 4;

    private static readonly object Gate = new();
    private static readonly LinkedList<(SpecFileText[] Files, SpecParseResult Result)> Entries = new();

    public static SpecParseResult Parse(IEnumerable<SpecFileText> files, CancellationToken cancellationToken)
    {
        var key = files.ToArray();
        lock (Gate)
        {
            for (var node = Entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Files.SequenceEqual(key))
                {
                    Entries.Remove(node);
                    Entries.AddFirst(node);
                    return node.Value.Result;
                }
            }
        }

        // Parsed outside the lock; a cancelled parse throws and is never cached.
        var result = SpecParser.Parse(key, cancellationToken);
        lock (Gate)
        {
            Entries.AddFirst((key, result));
            while (Entries.Count > Capacity)
            {
                Entries.RemoveLast();
            }
        }

        return result;
    }
}
