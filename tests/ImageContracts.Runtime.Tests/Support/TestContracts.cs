namespace ImageContracts.Runtime.Tests.Support;

/// <summary>Hand-built contracts mirroring the spec (no generated code exists yet).</summary>
internal static class TestContracts
{
    public const long Mb = 1024 * 1024;

    public static readonly DateOnly Today = new(2026, 6, 1);

    /// <summary>Validation on a fixed day: a fake clock at midday UTC of <paramref name="day"/>.</summary>
    public static ValidationOptions On(DateOnly day, RuleSeverity retired = RuleSeverity.Warning) => new()
    {
        TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)),
        RetiredModelSeverity = retired,
    };

    public static AllowedValue[] Values(params string[] values) =>
        values.Select(v => new AllowedValue { Value = v }).ToArray();

    public static ParameterContract Text(string wire, object? @default = null, bool required = false, int? maxLength = null, int? minLength = null, params string[] values) => new()
    {
        WireName = wire,
        Name = wire,
        Kind = ParameterKind.String,
        Required = required,
        Default = @default,
        MaxLength = maxLength,
        MinLength = minLength,
        Values = Values(values),
    };

    public static ParameterContract Integer(string wire, int? min, int? max, object? @default = null) => new()
    {
        WireName = wire,
        Name = wire,
        Kind = ParameterKind.Integer,
        Minimum = min,
        Maximum = max,
        Default = @default,
    };

    public static ParameterContract Boolean(string wire, bool? @default = null) => new()
    {
        WireName = wire,
        Name = wire,
        Kind = ParameterKind.Boolean,
        Default = @default,
    };

    public static ParameterContract Size(object? @default, FreeFormSizeContract? freeForm, params string[] values) => new()
    {
        WireName = "size",
        Name = "Size",
        Kind = ParameterKind.Size,
        Default = @default,
        Values = Values(values),
        FreeFormSize = freeForm,
    };

    public static ParameterContract Prompt(int maxLength, int? minLength = null) =>
        Text("prompt", required: true, maxLength: maxLength, minLength: minLength);

    public static ParameterContract[] GptImageCommon() => new[]
    {
        Integer("n", 1, 10, 1),
        Text("quality", "auto", values: new[] { "low", "medium", "high", "auto" }),
        Size("auto", null, "auto", "1024x1024", "1536x1024", "1024x1536"),
        Text("background", "auto", values: new[] { "auto", "opaque", "transparent" }),
        Text("output_format", "png", values: new[] { "png", "jpeg", "webp" }),
        Integer("output_compression", 0, 100, 100),
        Boolean("stream", false),
        Integer("partial_images", 0, 3, 0),
        Text("user"),
    };

    public static RuleContract[] GptImageRules() => new[]
    {
        new RuleContract
        {
            Id = "transparent-background-format",
            Severity = RuleSeverity.Error,
            When = new[] { new RuleCondition { Parameter = "background", Test = ConditionTest.OneOf, Values = new[] { "transparent" } } },
            Require = new[] { new RuleCondition { Parameter = "output_format", Test = ConditionTest.OneOf, Values = new[] { "png", "webp" } } },
            Message = "A transparent background needs output_format png or webp.",
        },
        new RuleContract
        {
            Id = "compression-format",
            Severity = RuleSeverity.Warning,
            When = new[] { new RuleCondition { Parameter = "output_compression", Test = ConditionTest.Present } },
            Require = new[] { new RuleCondition { Parameter = "output_format", Test = ConditionTest.OneOf, Values = new[] { "jpeg", "webp" } } },
            Message = "output_compression only applies to jpeg and webp.",
        },
        new RuleContract
        {
            Id = "partials-need-stream",
            Severity = RuleSeverity.Warning,
            When = new[] { new RuleCondition { Parameter = "partial_images", Test = ConditionTest.Range, Minimum = 1 } },
            Require = new[] { new RuleCondition { Parameter = "stream", Test = ConditionTest.Equals, Boolean = true } },
            Message = "partial_images needs stream=true.",
        },
    };

    public static RejectedParameter[] GptImageRejected() => new[]
    {
        new RejectedParameter { WireName = "response_format", Code = "unknown_parameter", Reason = "GPT image models always return base64." },
        new RejectedParameter { WireName = "style", Code = "unknown_parameter", Reason = "style is dall-e-3 only." },
    };

    public static EndpointContract GptImage1Generations { get; } = new()
    {
        Endpoint = ImageEndpoint.Generations,
        Model = "gpt-image-1",
        Path = "/images/generations",
        Body = RequestBody.Json,
        Parameters = new[] { Prompt(32000) }
            .Concat(GptImageCommon())
            .Append(Text("moderation", "auto", values: new[] { "low", "auto" }))
            .ToArray(),
        Rejected = GptImageRejected(),
        Rules = GptImageRules(),
    };

    public static FileContract GptImageFiles { get; } = new()
    {
        Formats = new[] { ImageFormat.Png, ImageFormat.Jpeg, ImageFormat.Webp },
        MaxBytes = 50 * Mb,
        MaxCount = 16,
    };

    public static FileContract MaskFile { get; } = new()
    {
        Formats = new[] { ImageFormat.Png },
        MaxBytes = 4 * Mb,
        RequireAlpha = true,
    };

    public static EndpointContract GptImage1Edits { get; } = new()
    {
        Endpoint = ImageEndpoint.Edits,
        Model = "gpt-image-1",
        Path = "/images/edits",
        Body = RequestBody.Multipart,
        Parameters = new[]
            {
                new ParameterContract { WireName = "image", Name = "Image", Kind = ParameterKind.Images, Required = true, File = GptImageFiles },
                new ParameterContract { WireName = "mask", Name = "Mask", Kind = ParameterKind.Image, File = MaskFile },
                Prompt(32000),
                Text("input_fidelity", "low", values: new[] { "low", "high" }),
            }
            .Concat(GptImageCommon())
            .ToArray(),
        Rejected = GptImageRejected(),
        Rules = GptImageRules().Concat(new[]
        {
            new RuleContract { Id = "mask-dimensions", Kind = RuleKind.SameDimensions, Parameters = new[] { "mask", "image" }, Message = "The mask must have the same dimensions as the first image." },
            new RuleContract { Id = "mask-format", Kind = RuleKind.SameFormat, Severity = RuleSeverity.Warning, Parameters = new[] { "mask", "image" }, Message = "The guide says mask and image must have the same format." },
        }).ToArray(),
    };

    public static EndpointContract GptImage1JsonEdits { get; } = new()
    {
        Endpoint = ImageEndpoint.JsonEdits,
        Model = "gpt-image-1",
        Path = "/images/edits",
        Body = RequestBody.Json,
        Parameters = new[]
        {
            new ParameterContract { WireName = "images", Name = "Images", Kind = ParameterKind.ImageReferences, Required = true, File = GptImageFiles },
            new ParameterContract { WireName = "mask", Name = "Mask", Kind = ParameterKind.MaskReference, File = MaskFile },
            Prompt(32000, minLength: 1),
            Integer("n", 1, 10, 1),
        },
    };

    public static EndpointContract GptImage1Tool { get; } = new()
    {
        Endpoint = ImageEndpoint.Responses,
        Model = "gpt-image-1",
        Body = RequestBody.Tool,
        Parameters = new[]
        {
            Text("quality", "auto", values: new[] { "low", "medium", "high", "auto" }),
            Size("auto", null, "auto", "1024x1024", "1536x1024", "1024x1536"),
            Integer("partial_images", 0, 3, 0),
            new ParameterContract { WireName = "input_image_mask", Name = "InputImageMask", Kind = ParameterKind.MaskReference, File = MaskFile },
        },
        Rejected = new[] { new RejectedParameter { WireName = "n", Code = "unknown_parameter", Reason = "Make several calls instead." } },
    };

    public static ModelLifecycle GptImage1Lifecycle { get; } = new()
    {
        Released = new DateOnly(2025, 4, 23),
        Shutdown = new DateOnly(2026, 10, 23),
    };

    public static InputImageTokenRule GptImageInputRule { get; } = new()
    {
        BaseTokens = 65,
        TileTokens = 129,
        TileSize = 512,
        ShortSide = 512,
        FitWithin = 2048,
        FidelityHighSquare = 4160,
        FidelityHighOther = 6240,
    };

    public static OutputTokenEntry[] GptImage1OutputTokens() =>
        new (string Quality, int Square, int Portrait, int Landscape)[] { ("low", 272, 408, 400), ("medium", 1056, 1584, 1568), ("high", 4160, 6240, 6208) }
            .SelectMany(row => new[]
            {
                new OutputTokenEntry { Quality = row.Quality, Size = "1024x1024", Tokens = row.Square },
                new OutputTokenEntry { Quality = row.Quality, Size = "1024x1536", Tokens = row.Portrait },
                new OutputTokenEntry { Quality = row.Quality, Size = "1536x1024", Tokens = row.Landscape },
            })
            .ToArray();

    public static PerImagePrice[] PerImageTable(params (string Quality, string Size, decimal Usd)[] rows) =>
        rows.Select(r => new PerImagePrice { Quality = r.Quality, Size = r.Size, Usd = r.Usd }).ToArray();

    public static ModelContract GptImage1 { get; } = new()
    {
        Id = "gpt-image-1",
        TypeName = "GptImage1",
        DisplayName = "GPT Image 1",
        Family = "gpt-image",
        Lifecycle = GptImage1Lifecycle,
        Endpoints = new[] { GptImage1Generations, GptImage1Edits, GptImage1JsonEdits, GptImage1Tool },
        Pricing = new PricingContract
        {
            ReadOn = new DateOnly(2026, 11, 21),
            Tokens = new TokenPrices { TextInput = 5.00m, CachedTextInput = 1.25m, ImageInput = 10.00m, CachedImageInput = 2.50m, ImageOutput = 40.00m },
            OutputTokens = GptImage1OutputTokens(),
            PerImage = PerImageTable(("low", "1024x1024", 0.011m), ("high", "1536x1024", 0.25m)),
            PartialImageTokens = 100,
            InputImage = GptImageInputRule,
        },
    };

    public static FreeFormSizeContract GptImage2FreeForm { get; } = new()
    {
        MultipleOf = 16,
        MaxEdge = 3840,
        MaxAspectRatio = 3,
        MinPixels = 655_360,
        MaxPixels = 8_294_400,
        ExperimentalAbovePixels = 3_686_400,
    };

    public static EndpointContract GptImage2Generations { get; } = new()
    {
        Endpoint = ImageEndpoint.Generations,
        Model = "gpt-image-2",
        Path = "/images/generations",
        Body = RequestBody.Json,
        Parameters = new[]
        {
            Prompt(32000),
            Integer("n", 1, 10, 1),
            Text("quality", "auto", values: new[] { "low", "medium", "high", "auto" }),
            Size("auto", GptImage2FreeForm, "auto", "1024x1024", "1536x1024", "1024x1536", "2048x2048", "2048x1152", "3840x2160", "2160x3840"),
            new ParameterContract
            {
                WireName = "background",
                Name = "Background",
                Kind = ParameterKind.String,
                Default = "auto",
                Values = new[]
                {
                    new AllowedValue { Value = "auto" },
                    new AllowedValue { Value = "opaque" },
                    new AllowedValue { Value = "transparent", Status = ValueStatus.Preview, Note = "Transparent backgrounds are preview on gpt-image-2." },
                },
            },
            Text("input_fidelity", values: new[] { "low", "high" }),
            Boolean("stream", false),
            Integer("partial_images", 0, 3, 0),
        },
        Rules = new[]
        {
            new RuleContract
            {
                Id = "no-input-fidelity",
                Require = new[] { new RuleCondition { Parameter = "input_fidelity", Test = ConditionTest.Absent } },
                Message = "gpt-image-2 always uses high input fidelity; omit input_fidelity.",
            },
        },
    };

    public static ModelContract GptImage2 { get; } = new()
    {
        Id = "gpt-image-2",
        TypeName = "GptImage2",
        Family = "gpt-image",
        Endpoints = new[] { GptImage2Generations },
        Pricing = new PricingContract
        {
            Tokens = new TokenPrices { TextInput = 5.00m, ImageInput = 8.00m, ImageOutput = 30.00m },
            PerImage = PerImageTable(
                ("low", "1024x1024", 0.006m), ("medium", "1024x1024", 0.053m), ("high", "1024x1024", 0.211m),
                ("low", "1024x1536", 0.005m), ("medium", "1024x1536", 0.041m), ("high", "1024x1536", 0.165m),
                ("low", "1536x1024", 0.005m), ("medium", "1536x1024", 0.041m), ("high", "1536x1024", 0.165m)),
            PartialImageTokens = 100,
            Confirmed = false,
        },
    };

    public static FileContract DallE2File { get; } = new()
    {
        Formats = new[] { ImageFormat.Png },
        MaxBytes = 4 * Mb,
        RequireSquare = true,
    };

    public static ParameterContract[] DallE2Common() => new[]
    {
        Integer("n", 1, 10, 1),
        Size("1024x1024", null, "256x256", "512x512", "1024x1024"),
        Text("response_format", "url", values: new[] { "url", "b64_json" }),
        Text("user"),
    };

    public static EndpointContract DallE2Generations { get; } = new()
    {
        Endpoint = ImageEndpoint.Generations,
        Model = "dall-e-2",
        Path = "/images/generations",
        Parameters = new[] { Prompt(1000), Text("quality", "standard", values: new[] { "standard" }) }.Concat(DallE2Common()).ToArray(),
    };

    public static EndpointContract DallE2Edits { get; } = new()
    {
        Endpoint = ImageEndpoint.Edits,
        Model = "dall-e-2",
        Path = "/images/edits",
        Body = RequestBody.Multipart,
        Parameters = new[]
            {
                new ParameterContract { WireName = "image", Name = "Image", Kind = ParameterKind.Image, Required = true, File = DallE2File },
                new ParameterContract { WireName = "mask", Name = "Mask", Kind = ParameterKind.Image, File = new FileContract { Formats = new[] { ImageFormat.Png }, MaxBytes = 4 * Mb, RequireSquare = true, RequireAlpha = true } },
                Prompt(1000),
            }
            .Concat(DallE2Common())
            .ToArray(),
        Rules = new[]
        {
            new RuleContract { Id = "mask-dimensions", Kind = RuleKind.SameDimensions, Parameters = new[] { "mask", "image" }, Message = "The mask must have the same dimensions as the image." },
        },
    };

    public static EndpointContract DallE2Variations { get; } = new()
    {
        Endpoint = ImageEndpoint.Variations,
        Model = "dall-e-2",
        Path = "/images/variations",
        Body = RequestBody.Multipart,
        Parameters = new[]
            {
                new ParameterContract { WireName = "image", Name = "Image", Kind = ParameterKind.Image, Required = true, File = DallE2File },
            }
            .Concat(DallE2Common())
            .ToArray(),
    };

    public static ModelContract DallE2 { get; } = new()
    {
        Id = "dall-e-2",
        TypeName = "DallE2",
        Family = "dall-e",
        Endpoints = new[] { DallE2Generations, DallE2Edits, DallE2Variations },
        Pricing = new PricingContract
        {
            PerImage = PerImageTable(("standard", "256x256", 0.016m), ("standard", "512x512", 0.018m), ("standard", "1024x1024", 0.02m)),
        },
    };

    public static EndpointContract DallE3Generations { get; } = new()
    {
        Endpoint = ImageEndpoint.Generations,
        Model = "dall-e-3",
        Path = "/images/generations",
        Parameters = new[]
        {
            Prompt(4000),
            Integer("n", 1, 1, 1),
            Text("quality", "standard", values: new[] { "standard", "hd" }),
            Size("1024x1024", null, "1024x1024", "1792x1024", "1024x1792"),
            Text("style", "vivid", values: new[] { "vivid", "natural" }),
            Text("response_format", "url", values: new[] { "url", "b64_json" }),
        },
    };

    public static ModelContract DallE3 { get; } = new()
    {
        Id = "dall-e-3",
        TypeName = "DallE3",
        Family = "dall-e",
        Endpoints = new[] { DallE3Generations },
        Pricing = new PricingContract
        {
            PerImage = PerImageTable(
                ("standard", "1024x1024", 0.04m), ("standard", "1024x1792", 0.08m), ("standard", "1792x1024", 0.08m),
                ("hd", "1024x1024", 0.08m), ("hd", "1024x1792", 0.12m), ("hd", "1792x1024", 0.12m)),
        },
    };

    public static HostModelPolicy Hosts { get; } = new()
    {
        Models = new[] { "gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3" },
        Prefixes = new[] { "gpt-5" },
        ImageModelIds = new[] { "gpt-image-1", "gpt-image-1.5", "gpt-image-2", "dall-e-3" },
    };

    public static Dictionary<string, object?> V(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    public static ValidationResult Validate(EndpointContract endpoint, params (string Key, object? Value)[] values) =>
        ContractValidator.Validate(endpoint, V(values), options: On(Today));

    public static string[] Codes(ValidationResult result) => result.All.Select(e => e.Code).ToArray();
}
