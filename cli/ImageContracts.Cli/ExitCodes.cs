namespace ImageContracts.Cli;

/// <summary>What the process returns, so scripts can tell a bad request from a failed call.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The API or the connection failed (HTTP error, timeout, malformed answer).</summary>
    public const int ApiError = 1;

    /// <summary>The command line or the request is wrong (unknown command, bad value, invalid combination, missing file);
    /// nothing was sent.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted by Ctrl+C.</summary>
    public const int Cancelled = 130;
}
