using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using ImageContracts.Cli.Output;

namespace ImageContracts.Cli.Commands;

/// <summary>
/// <c>imagegen validate FILE.json --endpoint generations</c>: validates and prices a raw request body as it would be
/// sent (the JSON form of generations, JSON edits, or the Responses tool object), without sending it.
/// </summary>
internal static class ValidateCommand
{
    private const long MaxFileBytes = 64L * 1024 * 1024;

    private static readonly Argument<FileInfo> File = new("file") { Description = "The request body (JSON)." };

    private static readonly Option<string> Endpoint = new("--endpoint", "-e")
    {
        Description = "generations, edits or responses (for responses, the file holds the image_generation tool object and --host names the mainline model).",
        DefaultValueFactory = _ => "generations",
    };

    private static readonly Option<string?> Host = new("--host") { Description = "The mainline model hosting the image_generation tool (responses only)." };

    public static readonly Command Command = new("validate", "Validate and price a raw request body (FILE.json) against the spec, without sending it.") { File, Endpoint, Host };

    public static int Run(ParseResult parse, CliOutput output)
    {
        FileInfo file = parse.GetValue(File)!;
        string endpoint = parse.GetValue(Endpoint)!;
        if (!file.Exists)
        {
            throw new UsageException("No file '" + file.FullName + "'.");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new UsageException(file.Name + " has " + file.Length + " bytes; request bodies above " + MaxFileBytes / 1024 / 1024 + " MiB are not read.");
        }

        Dictionary<string, object?> values;
        try
        {
            using JsonDocument document = JsonDocument.Parse(System.IO.File.ReadAllBytes(file.FullName));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException(file.Name + " holds a JSON " + document.RootElement.ValueKind.ToString().ToLowerInvariant() + "; a request body is a JSON object.");
            }

            values = JsonRequestValues.Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new UsageException(file.Name + " is not valid JSON: " + ex.Message, ex);
        }

        bool responses = string.Equals(endpoint, "responses", StringComparison.OrdinalIgnoreCase);
        string? model = responses ? parse.GetValue(Host) ?? throw new UsageException("--endpoint responses needs --host MODEL (the mainline model, e.g. gpt-5).") : null;
        ValidationResult validation = ImageContract.Catalog.Validate(endpoint, model, values);
        CostEstimate? cost = null;
        try
        {
            cost = ImageContract.Catalog.EstimateCost(endpoint, model, values);
        }
        catch (ArgumentException)
        {
            // unknown model or endpoint: the validation says which
        }

        if (output.Json)
        {
            output.WriteJson(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("file", file.FullName);
                writer.WriteString("endpoint", endpoint);
                ReportJson.Validation(writer, "validation", validation);
                if (cost is not null)
                {
                    ReportJson.Cost(writer, "estimate", cost);
                }

                writer.WriteEndObject();
            });
        }
        else
        {
            TextWriter to = validation.IsValid ? output.Out : output.Error;
            to.WriteLine(file.Name + " (" + endpoint + "): " + ReportText.Verdict(validation));
            foreach (string finding in ReportText.Findings(validation))
            {
                to.WriteLine(finding);
            }

            if (cost is not null)
            {
                to.WriteLine("estimated cost: " + ReportText.Cost(cost));
            }
        }

        return validation.IsValid ? ExitCodes.Success : ExitCodes.Usage;
    }
}
