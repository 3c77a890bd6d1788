using System.Linq;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Emitting;

/// <summary>Emits a model's prices and token tables as a <c>PricingContract</c> initializer.</summary>
internal static class PricingEmitter
{
    private const string R = Code.Runtime;

    public static void Emit(SourceWriter w, PricingSpec pricing)
    {
        w.Line($"Pricing = new {R}.PricingContract");
        w.OpenBrace();
        if (pricing.ReadOn.Length > 0)
        {
            w.Line($"ReadOn = {Code.Date(pricing.ReadOn)},");
        }

        ContractEmitter.Optional(w, "Source", pricing.Source);
        if (pricing.Tokens is { } tokens)
        {
            w.Line($"Tokens = new {R}.TokenPrices");
            w.OpenBrace();
            Price(w, "TextInput", tokens.TextInput);
            Price(w, "CachedTextInput", tokens.CachedTextInput);
            Price(w, "ImageInput", tokens.ImageInput);
            Price(w, "CachedImageInput", tokens.CachedImageInput);
            Price(w, "ImageOutput", tokens.ImageOutput);
            Price(w, "TextOutput", tokens.TextOutput);
            w.CloseBrace(",");
        }

        if (!pricing.OutputTokens.IsEmpty)
        {
            w.Line($"OutputTokens = new {R}.OutputTokenEntry[]");
            w.OpenBrace();
            foreach (var cell in pricing.OutputTokens)
            {
                w.Line($"new() {{ Quality = {Code.String(cell.Quality)}, Size = {Code.String(cell.Size)}, Tokens = {cell.Amount} }},");
            }

            w.CloseBrace(",");
        }

        if (!pricing.PerImage.IsEmpty)
        {
            w.Line($"PerImage = new {R}.PerImagePrice[]");
            w.OpenBrace();
            foreach (var cell in pricing.PerImage)
            {
                w.Line($"new() {{ Quality = {Code.String(cell.Quality)}, Size = {Code.String(cell.Size)}, Usd = {Code.Decimal(cell.Amount)} }},");
            }

            w.CloseBrace(",");
        }

        if (pricing.PartialImageTokens != 0)
        {
            w.Line($"PartialImageTokens = {pricing.PartialImageTokens},");
        }

        if (pricing.InputImage is { } input)
        {
            w.Line($"InputImage = new {R}.InputImageTokenRule");
            w.OpenBrace();
            w.Line($"BaseTokens = {input.BaseTokens},");
            w.Line($"TileTokens = {input.TileTokens},");
            w.Line($"TileSize = {input.TileSize},");
            w.Line($"ShortSide = {input.ShortSide},");
            w.Line($"FitWithin = {input.FitWithin},");
            w.Line($"FidelityHighSquare = {input.FidelityHighSquare},");
            w.Line($"FidelityHighOther = {input.FidelityHighOther},");
            w.CloseBrace(",");
        }

        if (!pricing.UnknownCosts.IsEmpty)
        {
            w.Line($"UnknownCosts = new {R}.UnknownCost[]");
            w.OpenBrace();
            foreach (var entry in pricing.UnknownCosts)
            {
                var values = string.Join(", ", entry.Values.Select(Code.String));
                var note = entry.Note is null ? string.Empty : $", Note = {Code.String(entry.Note)}";
                w.Line($"new() {{ Parameter = {Code.String(entry.Parameter)}, Values = new[] {{ {values} }}{note}, Source = {Code.String(entry.Source)} }},");
            }

            w.CloseBrace(",");
        }

        if (!pricing.Confirmed)
        {
            w.Line("Confirmed = false,");
        }

        ContractEmitter.Optional(w, "Note", pricing.Note);
        w.CloseBrace(",");
    }

    private static void Price(SourceWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.Line($"{name} = {Code.Decimal(value)},");
        }
    }
}
