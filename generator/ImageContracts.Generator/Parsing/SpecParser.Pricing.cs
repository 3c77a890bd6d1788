using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ImageContracts.Generator.Diagnostics;
using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Yaml;

namespace ImageContracts.Generator.Parsing;

internal sealed partial class SpecParser
{
    private static readonly Regex SizeText = new("^[0-9]+x[0-9]+$", RegexOptions.CultureInvariant);

    private PricingSpec? ReadPricing(string modelId, YamlNode? node, List<EndpointSpec> endpoints)
    {
        var reader = MapReader.Open(node, $"pricing of '{modelId}'", _diagnostics,
            "readOn", "source", "tokens", "outputTokens", "perImage", "partialImageTokens", "inputImage", "unknownCost", "confirmed", "note", "conflict");
        if (reader is null)
        {
            return null;
        }

        TokenPricesSpec? tokens = null;
        var tokenReader = MapReader.Open(reader.Node("tokens"), $"token prices of '{modelId}'", _diagnostics,
            "textInput", "cachedTextInput", "imageInput", "cachedImageInput", "imageOutput", "textOutput", "unit", "confirmed", "note", "conflict", "source");
        if (tokenReader is not null)
        {
            tokens = new TokenPricesSpec(
                tokenReader.Decimal("textInput"),
                tokenReader.Decimal("cachedTextInput"),
                tokenReader.Decimal("imageInput"),
                tokenReader.Decimal("cachedImageInput"),
                tokenReader.Decimal("imageOutput"),
                tokenReader.Decimal("textOutput"));
            tokenReader.Source(_sources);
        }

        // Prices may only name qualities and sizes some endpoint of the model accepts.
        var qualities = AcceptedValues(endpoints, "quality");
        var sizes = AcceptedValues(endpoints, "size");
        var freeFormSizes = endpoints.SelectMany(e => e.Parameters).Any(p => p.Wire == "size" && p.FreeForm is not null);

        InputImageSpec? inputImage = null;
        var inputReader = MapReader.Open(reader.Node("inputImage"), $"input image tokens of '{modelId}'", _diagnostics,
            "baseTokens", "tileTokens", "tileSize", "shortSide", "fitWithin", "fidelityHigh", "confirmed", "note", "conflict", "source");
        if (inputReader is not null)
        {
            var fidelity = MapReader.Open(inputReader.Node("fidelityHigh"), $"fidelity surcharge of '{modelId}'", _diagnostics, "square", "other", "note", "source");
            inputImage = new InputImageSpec(
                inputReader.Int("baseTokens", required: true) ?? 0,
                inputReader.Int("tileTokens", required: true) ?? 0,
                inputReader.Int("tileSize") ?? 512,
                inputReader.Int("shortSide") ?? 512,
                inputReader.Int("fitWithin") ?? 2048,
                fidelity?.Int("square") ?? 0,
                fidelity?.Int("other") ?? 0);
            inputReader.Source(_sources);
            fidelity?.Source(_sources);
        }

        return new PricingSpec(
            reader.Date("readOn") ?? string.Empty,
            reader.Source(_sources),
            tokens,
            ReadTable(reader.Node("outputTokens"), modelId, "output token", qualities, sizes, freeFormSizes, wholeNumbers: true).ToEquatableArray(),
            ReadTable(reader.Node("perImage"), modelId, "per-image price", qualities, sizes, freeFormSizes, wholeNumbers: false).ToEquatableArray(),
            reader.Int("partialImageTokens") ?? 0,
            inputImage,
            ReadUnknownCosts(reader.Node("unknownCost"), modelId, endpoints).ToEquatableArray(),
            reader.Bool("confirmed") ?? true,
            reader.Note());
    }

    /// <summary>Reads <c>unknownCost: [{parameter, values, note, source}]</c>; each value must be one the model accepts.</summary>
    private List<UnknownCostSpec> ReadUnknownCosts(YamlNode? node, string modelId, List<EndpointSpec> endpoints)
    {
        var entries = new List<UnknownCostSpec>();
        if (node is null)
        {
            return entries;
        }

        if (node is not YamlSequence sequence)
        {
            _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, node.Location, $"unknownCost of '{modelId}'", "a list"));
            return entries;
        }

        foreach (var item in sequence.Items)
        {
            var reader = MapReader.Open(item, $"unknownCost of '{modelId}'", _diagnostics, "parameter", "values", "note", "source");
            var parameter = reader?.Scalar("parameter", required: true);
            if (reader is null || parameter is null)
            {
                continue;
            }

            var accepted = AcceptedValues(endpoints, parameter.Value);
            var values = new List<string>();
            foreach (var value in reader.Scalars("values"))
            {
                if (!accepted.Contains(value.Value))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.PriceForUnknownValue, value.Location, modelId, parameter.Value, value.Value, string.Join(", ", accepted)));
                    continue;
                }

                values.Add(value.Value);
            }

            entries.Add(new UnknownCostSpec(parameter.Value, values.ToEquatableArray(), reader.Note(), reader.Source(_sources)));
        }

        return entries;
    }

    private static List<string> AcceptedValues(List<EndpointSpec> endpoints, string wire)
        => endpoints.SelectMany(e => e.Parameters).Where(p => p.Wire == wire).SelectMany(p => p.Values).Select(v => v.Value).Distinct().ToList();

    /// <summary>Reads <c>quality: { size: amount }</c>, checking each quality and size against the model.</summary>
    private List<TableEntrySpec> ReadTable(YamlNode? node, string modelId, string what, List<string> qualities, List<string> sizes, bool freeFormSizes, bool wholeNumbers)
    {
        var entries = new List<TableEntrySpec>();
        var table = MapReader.Open(node, $"{what} table of '{modelId}'", _diagnostics);
        if (table is null)
        {
            return entries;
        }

        foreach (var row in table.Map.Entries)
        {
            var quality = row.Key.Value;
            if (qualities.Count > 0 && !qualities.Contains(quality))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.PriceForUnknownValue, row.Key.Location, modelId, "quality", quality, string.Join(", ", qualities)));
            }

            var cells = MapReader.Open(row.Value, $"{what} row '{quality}' of '{modelId}'", _diagnostics);
            if (cells is null)
            {
                continue;
            }

            foreach (var cell in cells.Map.Entries)
            {
                var size = cell.Key.Value;
                var accepted = sizes.Contains(size) || (freeFormSizes && SizeText.IsMatch(size));
                if (!accepted)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.PriceForUnknownValue, cell.Key.Location, modelId, "size", size, string.Join(", ", sizes)));
                    continue;
                }

                if (cell.Value is not YamlScalar amountNode)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, cell.Value.Location, $"{what} for {quality} {size}", "a number"));
                    continue;
                }

                var amount = wholeNumbers
                    ? (long.TryParse(amountNode.Value, out var tokens) && tokens >= 0 ? tokens.ToString(System.Globalization.CultureInfo.InvariantCulture) : null)
                    : MapReader.DecimalText(amountNode, what, _diagnostics);
                if (amount is null)
                {
                    if (wholeNumbers)
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.InvalidValue, amountNode.Location, amountNode.Value, "token count", $"{quality} {size}"));
                    }

                    continue;
                }

                entries.Add(new TableEntrySpec(quality, size, amount));
            }
        }

        return entries;
    }
}
