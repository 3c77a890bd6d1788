using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace ImageContracts.Cli.Wire;

/// <summary>
/// The options of a request command, made from the spec: one <c>--kebab-name</c> per wire parameter that any model
/// accepts on the command's endpoints (described by the spec's text), plus the short aliases. A parameter the spec
/// gains becomes an option with no change here; whether a model accepts it is left to validation.
/// </summary>
internal sealed class WireParameterOptions
{
    /// <summary>Wire names with options of their own below (or that the command sets itself).</summary>
    private static readonly HashSet<string> Dedicated = new(StringComparer.Ordinal) { "model", "prompt", "image", "images", "stream" };

    /// <summary>File parameters the command line offers even when the spec in use does not know them yet.</summary>
    internal static readonly string[] FileParameters = { "mask", "markup" };

    private readonly List<(Option<string> Option, string WireName)> _parameters = new();

    private WireParameterOptions(ContractCatalog catalog, IReadOnlyCollection<ImageEndpoint> endpoints, bool promptArgument)
    {
        PromptArgument = promptArgument ? new Argument<string?>("prompt") { Description = "The prompt (or use --prompt).", Arity = ArgumentArity.ZeroOrOne } : null;
        Prompt = new Option<string?>("--prompt") { Description = "The prompt." };
        Model = new Option<string?>("--model", "-m") { Description = "The model id or alias (default: the newest active model of the spec that serves the endpoint)." };
        Image = new Option<string[]>("--image", "-i")
        {
            Description = "An input image: a file path (multipart), or an https/data URL or file id (JSON edit). Repeat for several.",
            AllowMultipleArgumentsPerToken = false,
        };
        Stream = new Option<bool>("--stream") { Description = "Stream the image as server-sent events (implied by --partial-images above 0)." };

        var seen = new HashSet<string>(Dedicated, StringComparer.Ordinal);
        foreach (ParameterContract parameter in catalog.Models
                     .SelectMany(m => m.Endpoints)
                     .Where(e => endpoints.Contains(e.Endpoint))
                     .SelectMany(e => e.Parameters))
        {
            if (seen.Add(parameter.WireName))
            {
                Add(parameter.WireName, FirstLine(parameter.Description) ?? "Sent as '" + parameter.WireName + "'.");
            }
        }

        foreach (string file in FileParameters)
        {
            if (seen.Add(file))
            {
                Add(file, "A file path, URL or file id, sent as '" + file + "'.");
            }
        }

        foreach ((string alias, string wireName) in WireOptionNames.Aliases)
        {
            _parameters.Add((new Option<string>(alias) { Description = "Short for " + WireOptionNames.ToOption(wireName) + " (wire: " + wireName + ").", HelpName = "value" }, wireName));
        }
    }

    /// <summary>The positional prompt, when the command takes one.</summary>
    public Argument<string?>? PromptArgument { get; }

    /// <summary><c>--prompt</c>.</summary>
    public Option<string?> Prompt { get; }

    /// <summary><c>--model</c>.</summary>
    public Option<string?> Model { get; }

    /// <summary><c>--image</c> (repeatable).</summary>
    public Option<string[]> Image { get; }

    /// <summary><c>--stream</c>.</summary>
    public Option<bool> Stream { get; }

    /// <summary>Creates the options for the given endpoints and adds them to <paramref name="command"/>.</summary>
    public static WireParameterOptions AddTo(Command command, ContractCatalog catalog, IReadOnlyCollection<ImageEndpoint> endpoints, bool promptArgument = true)
    {
        var options = new WireParameterOptions(catalog, endpoints, promptArgument);
        if (options.PromptArgument is not null)
        {
            command.Add(options.PromptArgument);
        }

        command.Add(options.Prompt);
        command.Add(options.Model);
        command.Add(options.Image);
        command.Add(options.Stream);
        foreach ((Option<string> option, _) in options._parameters)
        {
            command.Add(option);
        }

        return options;
    }

    /// <summary>Reads the parsed options, then the undeclared <c>--name value</c> pairs, into wire names.</summary>
    public WireArguments Read(ParseResult result, IEnumerable<KeyValuePair<string, string>> extras)
    {
        string? positional = PromptArgument is null ? null : result.GetValue(PromptArgument);
        string? named = result.GetValue(Prompt);
        if (positional is not null && named is not null)
        {
            throw new UsageException("The prompt is given twice (positional and --prompt); give it once.");
        }

        var values = new List<KeyValuePair<string, string>>();
        if (result.GetValue(Stream))
        {
            values.Add(new("stream", "true"));
        }

        foreach ((Option<string> option, string wireName) in _parameters)
        {
            if (result.GetValue(option) is { } value)
            {
                if (values.Exists(v => v.Key == wireName))
                {
                    throw new UsageException(option.Name + " and " + WireOptionNames.ToOption(wireName) + " both set '" + wireName + "'; give one.");
                }

                values.Add(new(wireName, value));
            }
        }

        values.AddRange(extras);
        return new WireArguments
        {
            Model = result.GetValue(Model),
            Prompt = positional ?? named,
            Images = result.GetValue(Image) ?? Array.Empty<string>(),
            Values = values,
        };
    }

    private void Add(string wireName, string description) =>
        _parameters.Add((new Option<string>(WireOptionNames.ToOption(wireName)) { Description = description, HelpName = "value" }, wireName));

    private static string? FirstLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        int end = text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? text[..(end + 1)] : text;
    }
}
