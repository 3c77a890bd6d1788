using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ImageContracts.Cli.Output;
using ImageContracts.Cli.Wire;
using ImageContracts.Http;
using Spectre.Console;

namespace ImageContracts.Cli.Commands;

/// <summary>
/// <c>imagegen cost</c>: prices a request without sending it, as a table that adds one thing per row: one image, n
/// images, the partial images of a stream, the input images of an edit. Without <c>--size</c> and <c>--quality</c>
/// it also prints the model's per-image price for each quality and size.
/// </summary>
internal sealed class CostCommand
{
    /// <summary>Findings that only mean the request is incomplete, which does not matter for a price.</summary>
    private static readonly HashSet<string> IncompleteOnly = new(StringComparer.Ordinal) { "prompt", "image", "images" };

    private readonly WireParameterOptions _parameters;
    private readonly Option<string?> _endpoint = new("--endpoint", "-e") { Description = "generations, edits or variations (default: edits when --image is given, else generations)." };

    public CostCommand()
    {
        Command = new Command("cost", "Print what a request would cost, without sending it: per image, per n, with partial images, with input images.");
        _parameters = WireParameterOptions.AddTo(Command, ImageContract.Catalog, new[] { ImageEndpoint.Generations, ImageEndpoint.Edits, ImageEndpoint.JsonEdits, ImageEndpoint.Variations });
        Command.Add(_endpoint);
    }

    public Command Command { get; }

    public int Run(ParseResult parse, IReadOnlyList<KeyValuePair<string, string>> extras, CliOutput output)
    {
        WireArguments arguments = _parameters.Read(parse, extras);
        ImageEndpoint endpoint = parse.GetValue(_endpoint) is { } name ? EndpointNames.Parse("--endpoint", name)
            : arguments.Images.Count > 0 ? ImageEndpoint.Edits : ImageEndpoint.Generations;
        string model = arguments.Model ?? DefaultModel.Choose(ImageContract.Catalog, endpoint, output);
        WireImageRequest request = new RequestFactory(ImageContract.Catalog).Build(endpoint, model, arguments, Directory.GetCurrentDirectory());
        ValidationResult validation = request.Validate();
        List<ValidationFinding> blocking = validation.Errors.Where(e => !(e.Code == ValidationCodes.MissingRequired && IncompleteOnly.Contains(e.Parameter ?? ""))).ToList();
        if (blocking.Count > 0)
        {
            ReportInvalid(output, model, validation);
            return ExitCodes.Usage;
        }

        IReadOnlyDictionary<string, object?> full = request.ToParameters();
        List<CostRow> rows = Rows(model, request.Endpoint, full);
        List<CostRow> matrix = full.ContainsKey("size") || full.ContainsKey("quality") ? new List<CostRow>() : Matrix(model, request.Endpoint, full);
        if (output.Json)
        {
            output.WriteJson(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("model", model);
                writer.WriteString("endpoint", EndpointNames.Name(request.Endpoint));
                ReportJson.Validation(writer, "validation", validation);
                WriteRows(writer, "rows", rows);
                WriteRows(writer, "matrix", matrix);
                writer.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        output.Line("Cost of " + model + " " + EndpointNames.Name(request.Endpoint) + " (nothing is sent; prices from the spec):");
        var table = new Table().AddColumns("request", "input text", "input image", "output image", "partials", "USD");
        foreach (CostRow row in rows)
        {
            table.AddRow(Markup.Escape(row.Label), Tokens(row.Cost.InputTextTokens), Tokens(row.Cost.InputImageTokens), Tokens(row.Cost.OutputImageTokens),
                Tokens(row.Cost.PartialImageTokens), Markup.Escape(ReportText.Usd(row.Cost.MinUsd, row.Cost.MaxUsd)));
        }

        output.Console.Write(table);
        if (rows[^1].Cost.Note is { } note)
        {
            output.Line("note: " + note);
        }

        if (matrix.Count > 0)
        {
            output.Line("Per image by quality and size (" + model + ", output only):");
            var grid = new Table().AddColumn("quality");
            List<string> sizes = matrix.Select(r => r.Size!).Distinct().ToList();
            foreach (string size in sizes)
            {
                grid.AddColumn(size);
            }

            foreach (IGrouping<string?, CostRow> quality in matrix.GroupBy(r => r.Quality))
            {
                grid.AddRow(new[] { Markup.Escape(quality.Key ?? "") }.Concat(sizes.Select(s => quality.FirstOrDefault(r => r.Size == s) is { } cell ? Markup.Escape(ReportText.Usd(cell.Cost.MinUsd, cell.Cost.MaxUsd)) : "-")).ToArray());
            }

            output.Console.Write(grid);
        }

        return ExitCodes.Success;
    }

    /// <summary>One image; n images; n images with the stream's partials; and, on edits and variations, the input images.</summary>
    private static List<CostRow> Rows(string model, ImageEndpoint endpoint, IReadOnlyDictionary<string, object?> full)
    {
        long n = full.TryGetValue("n", out object? given) && given is long count ? count : 1;
        long partials = full.TryGetValue("partial_images", out object? p) && p is long partialCount ? partialCount : 0;
        int inputs = InputImages(full);
        var basis = new Dictionary<string, object?>(full, StringComparer.Ordinal);
        foreach (string name in new[] { "n", "partial_images", "stream", "image", "images", "mask", "markup" })
        {
            basis.Remove(name);
        }

        // Without input images the price of the output alone: generations when the model serves it.
        ModelContract contract = ImageContract.Catalog.Find(model)!;
        ImageEndpoint plain = contract.FindEndpoint(ImageEndpoint.Generations) is not null ? ImageEndpoint.Generations : endpoint;
        var rows = new List<CostRow> { Row("1 image", plain, model, With(basis, ("n", 1L)), 0, 0) };
        if (n > 1)
        {
            rows.Add(Row(n + " images", plain, model, With(basis, ("n", n)), 0, 0));
        }

        if (partials > 0)
        {
            rows.Add(Row(n + (n == 1 ? " image + " : " images + ") + partials + (n == 1 ? " partial images" : " partial images each"), plain, model, With(basis, ("n", n), ("partial_images", partials), ("stream", true)), partials, 0));
        }

        if (inputs > 0 || endpoint != ImageEndpoint.Generations)
        {
            var withInputs = new Dictionary<string, object?>(full, StringComparer.Ordinal);
            rows.Add(Row(rows[^1].Label + " + " + inputs + " input " + (inputs == 1 ? "image" : "images"), endpoint, model, withInputs, partials, inputs));
        }

        return rows;
    }

    /// <summary>Every quality × size the model's endpoint lists (auto left out), one image each.</summary>
    private static List<CostRow> Matrix(string model, ImageEndpoint endpoint, IReadOnlyDictionary<string, object?> full)
    {
        EndpointContract? contract = ImageContract.Catalog.Find(model)?.FindEndpoint(endpoint == ImageEndpoint.JsonEdits ? ImageEndpoint.Edits : endpoint)
            ?? ImageContract.Catalog.Find(model)?.FindEndpoint(endpoint);
        IEnumerable<string> Values(string name) =>
            contract?.FindParameter(name)?.Values.Select(v => v.Value).Where(v => v != "auto") ?? Enumerable.Empty<string>();
        var rows = new List<CostRow>();
        foreach (string quality in Values("quality").DefaultIfEmpty(null!))
        {
            foreach (string size in Values("size"))
            {
                var values = new Dictionary<string, object?>(full, StringComparer.Ordinal) { ["n"] = 1L, ["size"] = size };
                values.Remove("partial_images");
                values.Remove("stream");
                if (quality is not null)
                {
                    values["quality"] = quality;
                }

                rows.Add(Row(quality + " " + size, endpoint, model, values, 0, InputImages(values)) with { Quality = quality ?? "-", Size = size });
            }
        }

        return rows;
    }

    private static CostRow Row(string label, ImageEndpoint endpoint, string model, IReadOnlyDictionary<string, object?> values, long partials, int inputs)
    {
        CostEstimate cost = ImageContract.Catalog.EstimateCost(EndpointNames.Name(endpoint), model, values);
        long n = values.TryGetValue("n", out object? given) && given is long count ? count : 1;
        return new CostRow(label, EndpointNames.Name(endpoint), n, partials, inputs, values.TryGetValue("quality", out object? q) ? q as string : null, values.TryGetValue("size", out object? s) ? s as string : null, cost);
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> basis, params (string Name, object Value)[] values)
    {
        var copy = new Dictionary<string, object?>(basis, StringComparer.Ordinal);
        foreach ((string name, object value) in values)
        {
            copy[name] = value;
        }

        return copy;
    }

    private static int InputImages(IReadOnlyDictionary<string, object?> values)
    {
        int count = 0;
        foreach (string name in new[] { "image", "images" })
        {
            if (values.TryGetValue(name, out object? value) && value is System.Collections.ICollection list)
            {
                count += list.Count;
            }
        }

        return count;
    }

    private static string Tokens(int? tokens) => tokens?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static void WriteRows(System.Text.Json.Utf8JsonWriter writer, string property, List<CostRow> rows)
    {
        writer.WriteStartArray(property);
        foreach (CostRow row in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("label", row.Label);
            writer.WriteString("endpoint", row.Endpoint);
            writer.WriteNumber("n", row.N);
            writer.WriteNumber("partialImages", row.PartialImages);
            writer.WriteNumber("inputImages", row.InputImages);
            writer.WriteString("quality", row.Quality);
            writer.WriteString("size", row.Size);
            ReportJson.CostFields(writer, row.Cost);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void ReportInvalid(CliOutput output, string model, ValidationResult validation)
    {
        if (output.Json)
        {
            output.WriteJson(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("model", model);
                ReportJson.Validation(writer, "validation", validation);
                writer.WriteEndObject();
            });
            return;
        }

        output.Note(model + ": " + ReportText.Verdict(validation) + "; not priced.");
        foreach (string finding in ReportText.Findings(validation))
        {
            output.Note(finding);
        }
    }
}
