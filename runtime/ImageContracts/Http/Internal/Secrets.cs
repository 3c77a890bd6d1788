using System;

namespace ImageContracts.Http;

/// <summary>Keeps the API key out of every message the client composes from server text.</summary>
internal static class Secrets
{
    public static string? Scrub(string? text, string? secret)
    {
        if (text is null || string.IsNullOrEmpty(secret) || secret.Length < 4)
        {
            return text;
        }

        return text.Contains(secret, StringComparison.Ordinal) ? text.Replace(secret, "***", StringComparison.Ordinal) : text;
    }
}
