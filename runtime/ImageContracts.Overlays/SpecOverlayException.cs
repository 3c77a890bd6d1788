using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts.Overlays;

/// <summary>A spec overlay has errors; <see cref="Problems"/> lists every problem found (errors and warnings), and the
/// message has one line per problem: <c>file(line,col): error IMGSPEC005: message</c>.</summary>
public sealed class SpecOverlayException : Exception
{
    internal SpecOverlayException(IReadOnlyList<SpecProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order the parser found them.</summary>
    public IReadOnlyList<SpecProblem> Problems { get; }

    private static string Describe(IReadOnlyList<SpecProblem> problems)
    {
        int errors = problems.Count(p => p.IsError);
        return $"The spec overlay has {errors} error{(errors == 1 ? "" : "s")}; nothing was loaded:"
            + string.Concat(problems.Select(p => Environment.NewLine + "  " + p));
    }
}
