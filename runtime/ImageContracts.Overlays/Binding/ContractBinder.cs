using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Model;

namespace ImageContracts.Overlays.Binding;

/// <summary>
/// Turns a parsed model (<see cref="ModelSpec"/>) into the runtime's <see cref="ModelContract"/>: the run-time twin of the
/// generator's <c>ContractEmitter</c>, <c>PricingEmitter</c> and <c>RuleEmitter</c>, which write the same objects as C#
/// initializers. Member for member the same choices (what is left at its default, how names become enum members), so a
/// model bound here equals the one the generator compiles; a test compares the two for every bundled model. Depends on
/// the spec model and the runtime contracts only, so it could compile into the generator as well.
/// </summary>
internal static class ContractBinder
{
    public static ModelContract Bind(ModelSpec model) => new()
    {
        Id = model.Id,
        TypeName = model.TypeName,
        DisplayName = model.DisplayName,
        Family = model.Family,
        Description = Optional(model.Doc),
        Aliases = model.Aliases.ToArray(),
        Lifecycle = BindLifecycle(model.Lifecycle),
        Endpoints = model.Endpoints.Select(e => BindEndpoint(model, e)).ToArray(),
        Pricing = model.Pricing is { } pricing ? BindPricing(pricing) : null,
    };

    public static ModelLifecycle BindLifecycle(LifecycleSpec lifecycle) => new()
    {
        Released = Date(lifecycle.Released),
        Deprecated = Date(lifecycle.Deprecated),
        Shutdown = Date(lifecycle.Shutdown),
        Replacements = lifecycle.Replacements.ToArray(),
        Confirmed = lifecycle.Confirmed,
        Note = Optional(lifecycle.Note),
        Source = Optional(lifecycle.Source),
    };

    private static EndpointContract BindEndpoint(ModelSpec model, EndpointSpec endpoint) => new()
    {
        Endpoint = EndpointIds.TryParse(endpoint.Kind.Id, out ImageEndpoint id) ? id : throw new InvalidOperationException("Unknown endpoint id '" + endpoint.Kind.Id + "' passed the parser."),
        Model = model.Id,
        Path = endpoint.Kind.Path,
        Body = Member<RequestBody>(endpoint.Kind.Body),
        Confirmed = endpoint.Confirmed,
        Note = Optional(endpoint.Note),
        Source = Optional(endpoint.Source),
        Parameters = endpoint.Parameters.Select(BindParameter).ToArray(),
        Rejected = endpoint.Rejects.Select(r => new RejectedParameter { WireName = r.Wire, Code = r.Code, Reason = r.Reason ?? "", Source = r.Source }).ToArray(),
        Rules = endpoint.Rules.Select(BindRule).ToArray(),
    };

    private static ParameterContract BindParameter(ParameterSpec p) => new()
    {
        WireName = p.Wire,
        Name = p.Name,
        Kind = Kind(p.Type),
        Required = p.Required,
        Default = p.Default is null ? null : DefaultValue(p),
        Values = p.Values.Select(v => new AllowedValue { Value = v.Value, Status = Member<ValueStatus>(v.Status), Note = v.Note, Source = v.Source }).ToArray(),
        Minimum = Int(p.Minimum),
        Maximum = Int(p.Maximum),
        MinLength = p.MinLength,
        MaxLength = p.MaxLength,
        FreeFormSize = p.FreeForm is { } free ? new FreeFormSizeContract
        {
            MultipleOf = free.MultipleOf,
            MaxEdge = free.MaxEdge,
            // The emitter writes an unbounded ratio as double.MaxValue.
            MaxAspectRatio = double.IsInfinity(free.MaxAspectRatio) ? double.MaxValue : free.MaxAspectRatio,
            MinPixels = free.MinPixels,
            MaxPixels = free.MaxPixels,
            ExperimentalAbovePixels = free.ExperimentalAbovePixels,
            Confirmed = free.Confirmed,
        } : null,
        File = p.File is { } file ? new FileContract
        {
            Formats = file.Formats.Select(Member<ImageFormat>).ToArray(),
            MaxBytes = file.MaxBytes,
            MaxCount = file.MaxCount,
            RequireSquare = file.Square,
            RequireAlpha = file.Alpha,
            MaxEdge = file.Dimensions?.MaxEdge,
            MaxEdgeConfirmed = file.Dimensions?.Confirmed ?? true,
        } : null,
        Confirmed = p.Confirmed,
        Note = Optional(p.Note),
        Description = Optional(p.Doc),
        Source = Optional(p.Source),
    };

    private static RuleContract BindRule(RuleSpec rule) => new()
    {
        Id = rule.Id,
        Severity = rule.Severity,
        Kind = rule.Kind,
        Parameters = rule.Kind == RuleKind.Condition ? Array.Empty<string>() : rule.Parameters.ToArray(),
        When = rule.When.Select(BindCondition).ToArray(),
        Require = rule.Require.Select(BindCondition).ToArray(),
        Message = rule.Message,
        Source = Optional(rule.Source),
    };

    private static RuleCondition BindCondition(ConditionSpec c) => new()
    {
        Parameter = c.Parameter,
        Test = c.Test,
        Values = c.Values.ToArray(),
        Minimum = c.Minimum,
        Maximum = c.Maximum,
        Boolean = c.Boolean,
    };

    private static PricingContract BindPricing(PricingSpec pricing) => new()
    {
        ReadOn = Date(pricing.ReadOn) ?? default,
        Source = Optional(pricing.Source),
        Tokens = pricing.Tokens is { } tokens ? new TokenPrices
        {
            TextInput = Decimal(tokens.TextInput),
            CachedTextInput = Decimal(tokens.CachedTextInput),
            ImageInput = Decimal(tokens.ImageInput),
            CachedImageInput = Decimal(tokens.CachedImageInput),
            ImageOutput = Decimal(tokens.ImageOutput),
            TextOutput = Decimal(tokens.TextOutput),
        } : null,
        OutputTokens = pricing.OutputTokens.Select(c => new OutputTokenEntry { Quality = c.Quality, Size = c.Size, Tokens = int.Parse(c.Amount, NumberStyles.Integer, CultureInfo.InvariantCulture) }).ToArray(),
        PerImage = pricing.PerImage.Select(c => new PerImagePrice { Quality = c.Quality, Size = c.Size, Usd = Decimal(c.Amount)!.Value }).ToArray(),
        PartialImageTokens = pricing.PartialImageTokens,
        InputImage = pricing.InputImage is { } input ? new InputImageTokenRule
        {
            BaseTokens = input.BaseTokens,
            TileTokens = input.TileTokens,
            TileSize = input.TileSize,
            ShortSide = input.ShortSide,
            FitWithin = input.FitWithin,
            FidelityHighSquare = input.FidelityHighSquare,
            FidelityHighOther = input.FidelityHighOther,
        } : null,
        UnknownCosts = pricing.UnknownCosts.Select(u => new UnknownCost { Parameter = u.Parameter, Values = u.Values.ToArray(), Note = u.Note, Source = u.Source }).ToArray(),
        Confirmed = pricing.Confirmed,
        Note = Optional(pricing.Note),
    };

    /// <summary>The runtime's <see cref="ParameterKind"/> for a spec type: the emitter's <c>KindMember</c>.</summary>
    private static ParameterKind Kind(string type) => type switch
    {
        ParameterTypes.ImageRef => ParameterKind.ImageReference,
        ParameterTypes.ImageRefs => ParameterKind.ImageReferences,
        ParameterTypes.MaskRef => ParameterKind.MaskReference,
        _ => Member<ParameterKind>(type),
    };

    /// <summary>The default as the emitted literal holds it: an integer literal is an <see cref="int"/> when it fits
    /// (a <see cref="long"/> otherwise), a boolean literal a <see cref="bool"/>, anything else a string.</summary>
    private static object DefaultValue(ParameterSpec p) => p.Type switch
    {
        ParameterTypes.Integer => int.TryParse(p.Default, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int small)
            ? (object)small
            : long.Parse(p.Default!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        ParameterTypes.Boolean => bool.Parse(p.Default!),
        _ => p.Default!,
    };

    /// <summary>A spec name as the enum member the emitter writes (<c>json-edits</c> → <c>JsonEdits</c>).</summary>
    private static T Member<T>(string specName)
        where T : struct, Enum
        => Enum.TryParse(Naming.PascalCase(specName), ignoreCase: false, out T member) && Enum.IsDefined(member)
            ? member
            : throw new InvalidOperationException($"The runtime has no {typeof(T).Name} for '{specName}'; the spec parser should have refused it.");

    /// <summary>The emitter leaves empty text out, so the property keeps its default (null).</summary>
    private static string? Optional(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static DateOnly? Date(string? isoDate)
        => string.IsNullOrEmpty(isoDate) ? null : DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal? Decimal(string? invariantText)
        => invariantText is null ? null : decimal.Parse(invariantText, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int? Int(long? value) => value is null ? null : checked((int)value.Value);
}
