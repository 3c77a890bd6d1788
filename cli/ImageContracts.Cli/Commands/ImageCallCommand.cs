using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Cli.Output;
using ImageContracts.Cli.Server;
using ImageContracts.Cli.Streaming;
using ImageContracts.Cli.Wire;
using ImageContracts.Http;

namespace ImageContracts.Cli.Commands;

/// <summary>
/// <c>generate</c>, <c>edit</c> and <c>vary</c>: build the request from wire names, validate and price it with the
/// spec, then (unless <c>--dry-run</c>) send it, stream partial images into <c>--out</c> and report usage and cost.
/// </summary>
internal sealed class ImageCallCommand
{
    private readonly ImageEndpoint _endpoint;
    private readonly WireParameterOptions _parameters;
    private readonly Option<string> _out = new("--out", "-o") { Description = "Folder for the images (created when missing).", DefaultValueFactory = _ => "." };
    private readonly Option<string> _name = new("--name") { Description = "File name stem: NAME.png, NAME.partial-0.png, NAME-2.png.", DefaultValueFactory = _ => "imagegen" };
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print the validated wire request and the cost estimate; send nothing." };

    private ImageCallCommand(Command command, ImageEndpoint endpoint)
    {
        Command = command;
        _endpoint = endpoint;
        ImageEndpoint[] endpoints = endpoint == ImageEndpoint.Edits ? new[] { ImageEndpoint.Edits, ImageEndpoint.JsonEdits } : new[] { endpoint };
        _parameters = WireParameterOptions.AddTo(command, ImageContract.Catalog, endpoints, promptArgument: endpoint != ImageEndpoint.Variations);
        command.Add(_out);
        command.Add(_name);
        command.Add(_dryRun);
    }

    public Command Command { get; }

    public static ImageCallCommand Generate() => new(new Command("generate", "Generate images from a prompt (POST /images/generations)."), ImageEndpoint.Generations);

    public static ImageCallCommand Edit() => new(new Command("edit", "Edit images (POST /images/edits): --image files go as multipart, URLs and file ids as JSON."), ImageEndpoint.Edits);

    public static ImageCallCommand Vary() => new(new Command("vary", "Create variations of an image (POST /images/variations)."), ImageEndpoint.Variations);

    /// <summary>Runs the command; <paramref name="extras"/> are the undeclared <c>--name value</c> pairs.</summary>
    public async Task<int> RunAsync(ParseResult parse, IReadOnlyList<KeyValuePair<string, string>> extras, CliOutput output, CancellationToken cancellationToken)
    {
        WireArguments arguments = _parameters.Read(parse, extras);
        string model = arguments.Model ?? DefaultModel.Choose(ImageContract.Catalog, _endpoint, output);
        WireImageRequest request = new RequestFactory(ImageContract.Catalog).Build(_endpoint, model, arguments, Directory.GetCurrentDirectory());
        ValidationResult validation = request.Validate();
        CostEstimate? cost = TryEstimate(request);
        bool dryRun = parse.GetValue(_dryRun);
        if (!validation.IsValid || dryRun)
        {
            Report(output, request, validation, cost, dryRun);
            return validation.IsValid ? ExitCodes.Success : ExitCodes.Usage;
        }

        foreach (string warning in ReportText.Findings(validation))
        {
            output.Note(warning.Trim());
        }

        await using ApiTarget target = await ApiTarget.OpenAsync(parse.GetValue(CommonOptions.BaseUrl), output, cancellationToken).ConfigureAwait(false);
        int count = request.Fields.FirstOrDefault(f => f.Key == "n").Value is long n ? (int)n : 1;
        var folder = new ImageFolder(parse.GetValue(_out)!, parse.GetValue(_name)!, count);
        if (!output.Json)
        {
            output.Line(EndpointNames.RequestLine(request.Endpoint) + " " + model + " (" + target.Description + "): " + ReportText.Verdict(validation)
                + "; estimated " + (cost is null ? "cost unknown" : ReportText.Usd(cost.MinUsd, cost.MaxUsd)));
        }

        (List<SavedImage> files, List<ImageStreamEvent> completed, ImageResult? result) = await SendAsync(target.Client, request, folder, count, output, cancellationToken).ConfigureAwait(false);
        ImageUsage? usage = result?.Usage ?? completed.LastOrDefault(c => c.Usage is not null)?.Usage;
        decimal? actual = result is not null ? result.CostUsd : completed.Any(c => c.CostUsd is not null) ? completed.Sum(c => c.CostUsd ?? 0) : null;
        IReadOnlyList<GeneratedImage> urls = result?.Images.Where(i => !i.HasBytes).ToList() ?? new List<GeneratedImage>();
        if (output.Json)
        {
            output.WriteJson(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("server", target.Description);
                writer.WriteString("endpoint", EndpointNames.RequestLine(request.Endpoint));
                writer.WriteString("model", model);
                ReportJson.Validation(writer, "validation", validation);
                if (cost is not null)
                {
                    ReportJson.Cost(writer, "estimate", cost);
                }

                writer.WriteStartArray("files");
                foreach (SavedImage file in files)
                {
                    writer.WriteStartObject();
                    writer.WriteString("path", file.Path);
                    writer.WriteString("kind", file.Kind);
                    writer.WriteNumber("index", file.Index);
                    writer.WriteString("format", file.Format);
                    writer.WriteNumber("width", file.Width);
                    writer.WriteNumber("height", file.Height);
                    writer.WriteNumber("bytes", file.Bytes);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("urls");
                foreach (GeneratedImage image in urls)
                {
                    writer.WriteStringValue(image.Url!.ToString());
                }

                writer.WriteEndArray();
                if (usage is not null)
                {
                    ReportJson.Usage(writer, "usage", usage);
                }

                if (actual is { } usd)
                {
                    writer.WriteNumber("costUsd", usd);
                }

                writer.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        foreach (GeneratedImage image in urls)
        {
            output.Line("image URL: " + image.Url + (image.UrlExpiresAt is { } expires ? " (expires " + expires.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + ")" : ""));
        }

        if (usage is not null)
        {
            output.Line("usage: " + usage.InputTokens + " input tokens (" + usage.InputTextTokens + " text, " + usage.InputImageTokens + " image), " + usage.OutputTokens + " output tokens");
        }

        output.Line("cost: " + (actual is { } paid ? ReportText.Usd(paid) + (target.IsEmulator ? " (what the API would have charged, from the usage and the spec's prices)" : " (from the usage)") : "unknown")
            + (cost is null ? "" : "; estimated before sending " + ReportText.Usd(cost.MinUsd, cost.MaxUsd)));
        if (files.Count > 0)
        {
            output.Line("files in " + Path.GetDirectoryName(files[^1].Path));
        }

        return ExitCodes.Success;
    }

    private async Task<(List<SavedImage>, List<ImageStreamEvent>, ImageResult?)> SendAsync(
        ImagesClient client, WireImageRequest request, ImageFolder folder, int count, CliOutput output, CancellationToken cancellationToken)
    {
        if (RequestFactory.Streams(request))
        {
            int partials = request.Fields.FirstOrDefault(f => f.Key == "partial_images").Value is long p ? (int)p : 0;
            IAsyncEnumerable<ImageStreamEvent> events = request.Endpoint switch
            {
                ImageEndpoint.Generations => client.GenerateStreamingAsync(request, cancellationToken),
                ImageEndpoint.JsonEdits => client.EditStreamingAsync((IJsonEditRequest)request, cancellationToken),
                _ => client.EditStreamingAsync((IEditRequest)request, cancellationToken),
            };
            (List<SavedImage> files, List<ImageStreamEvent> completed) = await StreamProgress.RunAsync(output, events, folder, count * (partials + 1), cancellationToken).ConfigureAwait(false);
            return (files, completed, null);
        }

        Task<ImageResult> call = request.Endpoint switch
        {
            ImageEndpoint.Generations => client.GenerateAsync(request, cancellationToken),
            ImageEndpoint.JsonEdits => client.EditAsync((IJsonEditRequest)request, cancellationToken),
            ImageEndpoint.Variations => client.CreateVariationAsync(request, cancellationToken),
            _ => client.EditAsync((IEditRequest)request, cancellationToken),
        };
        ImageResult result = await call.ConfigureAwait(false);
        var saved = new List<SavedImage>();
        for (int i = 0; i < result.Images.Count; i++)
        {
            if (result.Images[i].HasBytes)
            {
                SavedImage file = await folder.SaveFinalAsync(i, result.Images[i].Bytes, result.OutputFormat, cancellationToken).ConfigureAwait(false);
                saved.Add(file);
                (output.Json ? output.Error : output.Out).WriteLine(StreamProgress.Describe(file));
            }
        }

        return (saved, new List<ImageStreamEvent>(), result);
    }

    private static CostEstimate? TryEstimate(WireImageRequest request)
    {
        try
        {
            return request.EstimateCost();
        }
        catch (ArgumentException)
        {
            return null; // unknown model or endpoint: validation says so
        }
    }

    /// <summary>The <c>--dry-run</c> report, and the report of an invalid request (on stderr in text mode).</summary>
    private static void Report(CliOutput output, WireImageRequest request, ValidationResult validation, CostEstimate? cost, bool dryRun)
    {
        if (output.Json)
        {
            output.WriteJson(writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("dryRun", dryRun);
                writer.WriteBoolean("sent", false);
                writer.WriteString("endpoint", EndpointNames.RequestLine(request.Endpoint));
                writer.WriteString("model", request.Model);
                WireRequestPrinter.WriteJson(writer, request);
                ReportJson.Validation(writer, "validation", validation);
                if (cost is not null)
                {
                    ReportJson.Cost(writer, "estimate", cost);
                }

                writer.WriteEndObject();
            });
            return;
        }

        TextWriter to = validation.IsValid ? output.Out : output.Error;
        to.WriteLine(EndpointNames.RequestLine(request.Endpoint) + " " + request.Model + ": " + ReportText.Verdict(validation));
        foreach (string finding in ReportText.Findings(validation))
        {
            to.WriteLine(finding);
        }

        if (validation.IsValid)
        {
            to.WriteLine(WireRequestPrinter.ToText(request));
        }

        if (cost is not null)
        {
            to.WriteLine("estimated cost: " + ReportText.Cost(cost));
            if (cost.Note is not null)
            {
                to.WriteLine("  note: " + cost.Note);
            }
        }

        to.WriteLine(validation.IsValid ? "dry run: nothing was sent." : "Nothing was sent.");
    }
}
