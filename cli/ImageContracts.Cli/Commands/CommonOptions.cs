using System;
using System.CommandLine;

namespace ImageContracts.Cli.Commands;

/// <summary>Options every command shares (added to the root as recursive options).</summary>
internal static class CommonOptions
{
    public static readonly Option<bool> Json = new("--json") { Description = "Machine-readable output: one JSON document on stdout (notes and progress go to stderr).", Recursive = true };

    public static readonly Option<Uri?> BaseUrl = new("--base-url")
    {
        Description = "Send to this OpenAI-compatible server instead (e.g. http://127.0.0.1:8080/v1/ from imagegen serve).",
        Recursive = true,
        CustomParser = result =>
        {
            string text = result.Tokens[0].Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }

            result.AddError("--base-url must be an absolute http or https URL, not '" + text + "'.");
            return null;
        },
    };
}
