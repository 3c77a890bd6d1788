using System;

namespace ImageContracts.Cli;

/// <summary>A mistake on the command line that is not a contract finding (a missing file, a malformed JSON file):
/// reported on stderr with exit code <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public UsageException()
    {
    }
}
