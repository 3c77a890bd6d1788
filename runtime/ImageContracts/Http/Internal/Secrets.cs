using System;
using System.Text;

namespace ImageContracts.Http;

/// <summary>Keeps the API key out of every message, property, log line and span tag the client composes from server text.</summary>
internal static class Secrets
{
    /// <summary>The replacement for the key.</summary>
    public const string Mask = "***";

    public static string? Scrub(string? text, string? secret)
    {
        if (text is null || string.IsNullOrEmpty(secret) || secret.Length < 4)
        {
            return text;
        }

        return text.Contains(secret, StringComparison.Ordinal) ? text.Replace(secret, Mask, StringComparison.Ordinal) : text;
    }

    /// <summary>Server text made fit to show: the key scrubbed from the whole text first, then cut to
    /// <paramref name="maxChars"/> (with <c>…</c>) and control characters blanked. Scrubbing before cutting means a key
    /// that straddles the cut is never shown in part.</summary>
    public static string? Shown(string? text, string? secret, int maxChars)
    {
        string? scrubbed = Scrub(text, secret);
        if (scrubbed is null)
        {
            return null;
        }

        var shown = new StringBuilder(Math.Min(scrubbed.Length, maxChars) + 1);
        foreach (char c in scrubbed)
        {
            if (shown.Length >= maxChars)
            {
                shown.Append('…');
                break;
            }

            shown.Append(char.IsControl(c) ? ' ' : c);
        }

        return shown.ToString();
    }
}
