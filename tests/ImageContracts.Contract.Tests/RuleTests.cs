// These tests build invalid, preview and retired-model requests on purpose, with constant values, to check the
// run-time validator; the ImageContracts analyzer would report the same problems at compile time.
#pragma warning disable IMG0001, IMG0002, IMG0003, IMG0004, IMG0005, IMG0006, IMG0007, IMG0008, IMG0009, IMG0010, IMG0011, IMG0012

using ImageContracts.Contract.Tests.Support;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// Every rule of every model's endpoints, enumerated from the generated catalog (so new rules in the spec are
/// tested without touching this file): a request built to violate the rule reports <c>rule:&lt;id&gt;</c> with the
/// rule's severity through <see cref="ImageContract.Validate"/>; a request built to satisfy it is valid; a request
/// where the rule's condition does not hold is not reported. Values are derived from the rule's conditions and the
/// endpoint's parameter contracts. Then typed-request versions of the important rules.
/// </summary>
public class RuleTests
{
    private const string HostModel = "gpt-5.5"; // a live host without an announced shutdown
    private const int ImageEdge = 64;

    public static TheoryData<string, string, string> AllRules() => Rules(_ => true);

    public static TheoryData<string, string, string> ConditionRules() => Rules(rule => rule.Kind == RuleKind.Condition);

    public static TheoryData<string, string, string> RelationRules() => Rules(rule => rule.Kind != RuleKind.Condition);

    private static TheoryData<string, string, string> Rules(Func<RuleContract, bool> filter)
    {
        var data = new TheoryData<string, string, string>();
        foreach (ModelContract model in ImageContract.Models)
        {
            foreach (EndpointContract endpoint in model.Endpoints)
            {
                foreach (RuleContract rule in endpoint.Rules.Where(filter))
                {
                    data.Add(model.Id, WireValue.Endpoint(endpoint.Endpoint), rule.Id);
                }
            }
        }

        return data;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Sanity of the enumeration itself

    [Fact]
    public void The_spec_has_rules_of_both_kinds_and_ids_are_unique_per_endpoint()
    {
        var all = ImageContract.Models.SelectMany(m => m.Endpoints).ToList();
        Assert.Contains(all.SelectMany(e => e.Rules), r => r.Kind == RuleKind.Condition);
        Assert.Contains(all.SelectMany(e => e.Rules), r => r.Kind == RuleKind.SameDimensions);
        foreach (EndpointContract endpoint in all)
        {
            Assert.Equal(endpoint.Rules.Count, endpoint.Rules.Select(r => r.Id).Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Rule_refers_only_to_parameters_of_its_endpoint(string model, string endpoint, string ruleId)
    {
        var (_, contract, rule) = Resolve(model, endpoint, ruleId);
        IEnumerable<string> referenced = rule.When.Concat(rule.Require).Select(c => c.Parameter).Concat(rule.Parameters);
        foreach (string wire in referenced)
        {
            Assert.True(contract.FindParameter(wire) is not null, $"{ruleId} on {contract} names '{wire}', which the endpoint does not have.");
        }

        Assert.False(string.IsNullOrWhiteSpace(rule.Message));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Condition rules (when / require)

    [Theory]
    [MemberData(nameof(ConditionRules))]
    public void Condition_rule_violation_is_reported_with_its_severity(string model, string endpoint, string ruleId)
    {
        var (modelContract, contract, rule) = Resolve(model, endpoint, ruleId);
        Assert.NotEmpty(rule.Require);

        // Fail each require condition on its own, with every other condition holding.
        for (int failing = 0; failing < rule.Require.Count; failing++)
        {
            Dictionary<string, object?> values = BaseValues(contract);
            foreach (RuleCondition condition in rule.When)
            {
                MakeHold(values, contract, condition);
            }

            for (int i = 0; i < rule.Require.Count; i++)
            {
                if (i != failing)
                {
                    MakeHold(values, contract, rule.Require[i]);
                }
            }

            MakeFail(values, contract, rule.Require[failing]);

            ValidationResult result = ValidateThroughCatalog(modelContract, contract, values);
            ValidationFinding finding = Assert.Single(result.All, f => f.Code == ValidationCodes.RulePrefix + rule.Id);
            Assert.Equal(rule.Severity, finding.Severity);
            Assert.Equal(rule.Require[failing].Parameter, finding.Parameter);
            Assert.Equal(rule.Message, finding.Message);
            Assert.Equal(rule.Severity == RuleSeverity.Error, result.Errors.Contains(finding));
        }
    }

    [Theory]
    [MemberData(nameof(ConditionRules))]
    public void Condition_rule_satisfied_gives_a_valid_request(string model, string endpoint, string ruleId)
    {
        var (modelContract, contract, rule) = Resolve(model, endpoint, ruleId);
        Dictionary<string, object?> values = BaseValues(contract);
        foreach (RuleCondition condition in rule.When.Concat(rule.Require))
        {
            MakeHold(values, contract, condition);
        }

        ValidationResult result = ValidateThroughCatalog(modelContract, contract, values);
        Assert.False(result.Has(ValidationCodes.RulePrefix + rule.Id), result.ToString());
        Assert.True(result.IsValid, result.ToString());
    }

    [Theory]
    [MemberData(nameof(ConditionRules))]
    public void Condition_rule_does_not_apply_when_its_condition_does_not_hold(string model, string endpoint, string ruleId)
    {
        var (modelContract, contract, rule) = Resolve(model, endpoint, ruleId);
        Assert.NotEmpty(rule.When);

        for (int failing = 0; failing < rule.When.Count; failing++)
        {
            Dictionary<string, object?> values = BaseValues(contract);
            for (int i = 0; i < rule.When.Count; i++)
            {
                if (i != failing)
                {
                    MakeHold(values, contract, rule.When[i]);
                }
            }

            // The require side is broken too: only the unmet `when` keeps the rule quiet.
            RuleCondition require = rule.Require.First(c => c.Parameter != rule.When[failing].Parameter);
            MakeFail(values, contract, require);
            MakeFail(values, contract, rule.When[failing]);

            ValidationResult result = ValidateThroughCatalog(modelContract, contract, values);
            Assert.False(result.Has(ValidationCodes.RulePrefix + rule.Id), result.ToString());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Relation rules (same-dimensions / same-format)

    [Theory]
    [MemberData(nameof(RelationRules))]
    public void Relation_rule_violation_is_reported_with_its_severity(string model, string endpoint, string ruleId)
    {
        var (modelContract, contract, rule) = Resolve(model, endpoint, ruleId);
        Assert.True(rule.Parameters.Count >= 2, $"{ruleId} compares fewer than two parameters.");
        string reference = rule.Parameters[0];
        string other = rule.Parameters[1];

        var variants = new List<(byte[] Reference, byte[] Other, string Detail)>();
        if (rule.Kind == RuleKind.SameDimensions)
        {
            // Both edges differ; then only the height differs (files may then also break "square" rules).
            variants.Add((TestImages.Png(ImageEdge / 2, ImageEdge / 2), TestImages.Png(ImageEdge, ImageEdge), $"'{reference}' is {ImageEdge / 2}x{ImageEdge / 2}, '{other}' is {ImageEdge}x{ImageEdge}"));
            variants.Add((TestImages.Png(ImageEdge, ImageEdge), TestImages.Png(ImageEdge, ImageEdge * 2), $"'{reference}' is {ImageEdge}x{ImageEdge}, '{other}' is {ImageEdge}x{ImageEdge * 2}"));
        }
        else
        {
            variants.Add((TestImages.Png(ImageEdge, ImageEdge), TestImages.Jpeg(ImageEdge, ImageEdge), $"'{reference}' is png, '{other}' is jpeg"));
        }

        for (int i = 0; i < variants.Count; i++)
        {
            Dictionary<string, object?> values = BaseValues(contract);
            values[reference] = FileValue(Parameter(contract, reference), variants[i].Reference);
            values[other] = FileValue(Parameter(contract, other), variants[i].Other);

            ValidationResult result = ValidateThroughCatalog(modelContract, contract, values, allowFileErrors: i > 0 || rule.Kind == RuleKind.SameFormat);
            ValidationFinding finding = Assert.Single(result.All, f => f.Code == ValidationCodes.RulePrefix + rule.Id);
            Assert.Equal(rule.Severity, finding.Severity);
            Assert.Equal(reference, finding.Parameter);
            Assert.StartsWith(rule.Message, finding.Message, StringComparison.Ordinal);
            Assert.Contains(variants[i].Detail, finding.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RelationRules))]
    public void Relation_rule_satisfied_gives_a_valid_request(string model, string endpoint, string ruleId)
    {
        var (modelContract, contract, rule) = Resolve(model, endpoint, ruleId);
        Dictionary<string, object?> values = BaseValues(contract);
        foreach (string wire in rule.Parameters)
        {
            values[wire] = FileValue(Parameter(contract, wire), TestImages.Png(ImageEdge, ImageEdge));
        }

        ValidationResult result = ValidateThroughCatalog(modelContract, contract, values);
        Assert.False(result.Has(ValidationCodes.RulePrefix + rule.Id), result.ToString());
        Assert.True(result.IsValid, result.ToString());
    }

    [Theory]
    [MemberData(nameof(RelationRules))]
    public void Relation_rule_does_not_apply_without_the_reference_file(string model, string endpoint, string ruleId)
    {
        var (modelContract, contract, rule) = Resolve(model, endpoint, ruleId);
        Dictionary<string, object?> values = BaseValues(contract);
        values.Remove(rule.Parameters[0]);
        foreach (string wire in rule.Parameters.Skip(1))
        {
            values[wire] = FileValue(Parameter(contract, wire), TestImages.Png(ImageEdge * 2, ImageEdge));
        }

        ValidationResult result = ValidateThroughCatalog(modelContract, contract, values, allowFileErrors: true);
        Assert.False(result.Has(ValidationCodes.RulePrefix + rule.Id), result.ToString());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Typed requests

    [Fact]
    public void Typed_transparent_background_with_jpeg_is_an_error()
    {
        var request = new GptImage15.GenerateRequest("a sticker of a fox")
        {
            Background = GptImage15.Background.Transparent,
            OutputFormat = GptImage15.OutputFormat.Jpeg,
        };

        ValidationResult result = request.Validate();

        Assert.False(result.IsValid);
        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal("rule:transparent-background-format", error.Code);
        Assert.Equal("output_format", error.Parameter);
        Assert.Contains("png or webp", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("webp")]
    public void Typed_transparent_background_with_png_or_webp_is_valid(string wire)
    {
        Assert.True(GptImage15.TryParse(wire, out GptImage15.OutputFormat format));
        var request = new GptImage15.GenerateRequest("a sticker of a fox") { Background = GptImage15.Background.Transparent, OutputFormat = format };
        Assert.True(request.Validate().IsValid, request.Validate().ToString());
    }

    [Fact]
    public void Typed_transparent_background_without_output_format_uses_the_png_default()
    {
        var request = new GptImage15.GenerateRequest("a sticker of a fox") { Background = GptImage15.Background.Transparent };
        Assert.True(request.Validate().IsValid, request.Validate().ToString());
    }

    [Fact]
    public void Typed_compression_with_png_is_an_error()
    {
        var request = new GptImage15.GenerateRequest("a photo of a lake") { OutputCompression = 60, OutputFormat = GptImage15.OutputFormat.Png };

        ValidationFinding error = Assert.Single(request.Validate().Errors);
        Assert.Equal("rule:compression-format", error.Code);
        Assert.Equal("output_format", error.Parameter);
        Assert.Contains("jpeg or webp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_compression_without_output_format_is_an_error_because_the_default_is_png()
    {
        var request = new GptImage15.GenerateRequest("a photo of a lake") { OutputCompression = 60 };
        Assert.True(request.Validate().Has("rule:compression-format"));
    }

    [Theory]
    [InlineData("jpeg")]
    [InlineData("webp")]
    public void Typed_compression_with_jpeg_or_webp_is_valid(string wire)
    {
        Assert.True(GptImage15.TryParse(wire, out GptImage15.OutputFormat format));
        var request = new GptImage15.GenerateRequest("a photo of a lake") { OutputCompression = 60, OutputFormat = format };
        Assert.True(request.Validate().IsValid, request.Validate().ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void Typed_partial_images_without_stream_is_an_error(bool? stream)
    {
        var request = new GptImage15.GenerateRequest("a river of feathers") { PartialImages = 2, Stream = stream };

        ValidationFinding error = Assert.Single(request.Validate().Errors);
        Assert.Equal("rule:partial-images-need-stream", error.Code);
        Assert.Equal("stream", error.Parameter);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void Typed_partial_images_with_stream_or_zero_is_valid(int partials, bool? stream)
    {
        var request = new GptImage15.GenerateRequest("a river of feathers") { PartialImages = partials, Stream = stream };
        Assert.True(request.Validate().IsValid, request.Validate().ToString());
    }

    [Fact]
    public void Typed_partial_images_on_an_edit_without_stream_is_an_error()
    {
        var request = new GptImage15.EditRequest("add a hat", TestImages.PngFile(ImageEdge, ImageEdge)) { PartialImages = 1 };
        Assert.True(request.Validate().Has("rule:partial-images-need-stream"));
    }

    [Fact]
    public void Typed_transparent_with_low_quality_is_only_a_warning()
    {
        var request = new GptImage15.GenerateRequest("a pixel-art cat")
        {
            Background = GptImage15.Background.Transparent,
            Quality = GptImage15.Quality.Low,
        };

        ValidationResult result = request.Validate();

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Errors);
        ValidationFinding warning = Assert.Single(WithoutRetirement(result.Warnings));
        Assert.Equal("rule:transparent-quality", warning.Code);
        Assert.Equal(RuleSeverity.Warning, warning.Severity);
        Assert.Equal("quality", warning.Parameter);
    }

    [Theory]
    [InlineData("medium")]
    [InlineData("high")]
    [InlineData("auto")]
    public void Typed_transparent_with_medium_high_or_auto_quality_has_no_warning(string wire)
    {
        Assert.True(GptImage15.TryParse(wire, out GptImage15.Quality quality));
        var request = new GptImage15.GenerateRequest("a pixel-art cat") { Background = GptImage15.Background.Transparent, Quality = quality };
        Assert.Empty(WithoutRetirement(request.Validate().All));
    }

    [Fact]
    public void Typed_tool_with_transparent_background_and_jpeg_is_an_error()
    {
        var tool = new GptImage1Mini.ImageGenerationTool
        {
            Background = GptImage1Mini.Background.Transparent,
            OutputFormat = GptImage1Mini.OutputFormat.Jpeg,
        };

        ValidationFinding error = Assert.Single(tool.Validate(HostModel).Errors);
        Assert.Equal("rule:transparent-background-format", error.Code);
    }

    [Fact]
    public void Typed_json_edit_with_compression_and_png_is_an_error()
    {
        var request = new GptImage2.JsonEditRequest("make it night", ImageReference.FromFileId("file-abc"))
        {
            OutputCompression = 10,
            OutputFormat = GptImage2.OutputFormat.Png,
        };

        Assert.Equal("rule:compression-format", Assert.Single(request.Validate().Errors).Code);
    }

    [Fact]
    public void Typed_mask_must_match_the_first_image()
    {
        ImageFile first = TestImages.PngFile(ImageEdge, ImageEdge);
        ImageFile second = TestImages.PngFile(ImageEdge * 2, ImageEdge);

        var matching = new GptImage15.EditRequest("put a flamingo in the pool", first, second) { Mask = TestImages.PngFile(ImageEdge, ImageEdge) };
        var mismatched = new GptImage15.EditRequest("put a flamingo in the pool", second, first) { Mask = TestImages.PngFile(ImageEdge, ImageEdge) };

        Assert.True(matching.Validate().IsValid, matching.Validate().ToString());
        ValidationFinding error = Assert.Single(mismatched.Validate().Errors);
        Assert.Equal("rule:mask-dimensions", error.Code);
        Assert.Equal("mask", error.Parameter);
        Assert.Contains($"{ImageEdge * 2}x{ImageEdge}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_dalle2_mask_with_other_dimensions_is_an_error()
    {
        var request = new DallE2.EditRequest("a sunlit lounge with a flamingo", TestImages.PngFile(ImageEdge, ImageEdge))
        {
            Mask = TestImages.PngFile(ImageEdge / 2, ImageEdge / 2),
        };

        ValidationResult result = request.Validate();
        Assert.Equal("rule:mask-dimensions", Assert.Single(result.Errors).Code);
        Assert.All(result.Warnings, w => Assert.Equal(ValidationCodes.ModelRetired, w.Code));
    }

    /// <summary>gpt-image-1.5 has an (UNCONFIRMED) shutdown date of 2026-12-01; from then on its requests also carry
    /// <c>model_retired</c>, which these tests are not about.</summary>
    private static IEnumerable<ValidationFinding> WithoutRetirement(IEnumerable<ValidationFinding> findings) =>
        findings.Where(f => f.Code != ValidationCodes.ModelRetired);

    // ---------------------------------------------------------------------------------------------------------
    // Building values from the contract

    private static (ModelContract Model, EndpointContract Endpoint, RuleContract Rule) Resolve(string modelId, string endpointId, string ruleId)
    {
        ModelContract? model = ImageContract.Find(modelId);
        Assert.NotNull(model);
        Assert.True(WireValue.TryParseEndpoint(endpointId, out ImageEndpoint endpoint), endpointId);
        EndpointContract? contract = model.FindEndpoint(endpoint);
        Assert.NotNull(contract);
        return (model, contract, contract.Rules.Single(r => r.Id == ruleId));
    }

    /// <summary>Validates through the dictionary entry point, and checks that the values reached the intended
    /// contract (no unknown parameters or wrong types, so the edits form was resolved correctly).</summary>
    private static ValidationResult ValidateThroughCatalog(
        ModelContract model, EndpointContract contract, Dictionary<string, object?> values, bool allowFileErrors = false)
    {
        string name = ImageContract.Catalog.Endpoints.First(e => e.Endpoint == contract.Endpoint).Name;
        ValidationResult result;
        if (contract.Endpoint == ImageEndpoint.Responses)
        {
            var withModel = new Dictionary<string, object?>(values) { ["model"] = model.Id };
            result = ImageContract.Validate(name, HostModel, withModel);
        }
        else
        {
            result = ImageContract.Validate(name, model.Id, values);
        }

        ValidationResult direct = ContractValidator.Validate(contract, values, model.Lifecycle);
        Assert.Equal(direct.All.Select(f => f.Code), result.All.Select(f => f.Code));
        Assert.DoesNotContain(result.All, f => f.Code is ValidationCodes.UnknownParameter or ValidationCodes.InvalidType or ValidationCodes.ParameterRejected);
        if (!allowFileErrors)
        {
            Assert.DoesNotContain(result.All, f => f.Code.StartsWith("file_", StringComparison.Ordinal));
        }

        return result;
    }

    private static Dictionary<string, object?> BaseValues(EndpointContract contract)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (ParameterContract parameter in contract.Parameters.Where(p => p.Required))
        {
            values[parameter.WireName] = PresentValue(parameter);
        }

        return values;
    }

    private static ParameterContract Parameter(EndpointContract contract, string wire)
    {
        ParameterContract? parameter = contract.FindParameter(wire);
        Assert.True(parameter is not null, $"{contract} has no parameter '{wire}'.");
        return parameter!;
    }

    private static void MakeHold(Dictionary<string, object?> values, EndpointContract contract, RuleCondition condition)
    {
        ParameterContract parameter = Parameter(contract, condition.Parameter);
        switch (condition.Test)
        {
            case ConditionTest.Present:
                if (!values.ContainsKey(parameter.WireName))
                {
                    values[parameter.WireName] = PresentValue(parameter);
                }

                break;
            case ConditionTest.Absent:
                values.Remove(parameter.WireName);
                break;
            default:
                values[parameter.WireName] = Candidates(parameter).FirstOrDefault(v => Satisfies(condition, v))
                    ?? throw new InvalidOperationException($"No value of '{parameter.WireName}' satisfies the condition.");
                break;
        }
    }

    private static void MakeFail(Dictionary<string, object?> values, EndpointContract contract, RuleCondition condition)
    {
        ParameterContract parameter = Parameter(contract, condition.Parameter);
        switch (condition.Test)
        {
            case ConditionTest.Present:
                values.Remove(parameter.WireName);
                break;
            case ConditionTest.Absent:
                values[parameter.WireName] = PresentValue(parameter);
                break;
            default:
                // Only values the parameter allows: the rule must be breakable by an otherwise valid request.
                values[parameter.WireName] = Candidates(parameter).FirstOrDefault(v => !Satisfies(condition, v))
                    ?? throw new InvalidOperationException($"Every allowed value of '{parameter.WireName}' satisfies the condition: the rule can never be violated.");
                break;
        }
    }

    private static bool Satisfies(RuleCondition condition, object value) => condition.Test switch
    {
        ConditionTest.OneOf => condition.Values.Contains(WireText(value), StringComparer.Ordinal),
        ConditionTest.Range => value is int i && (condition.Minimum is not long min || i >= min) && (condition.Maximum is not long max || i <= max),
        ConditionTest.Equals => value is bool b && condition.Boolean == b,
        _ => throw new InvalidOperationException($"{condition.Test} is not a value test."),
    };

    private static string WireText(object value) => value switch
    {
        bool b => WireValue.Boolean(b),
        int i => WireValue.Integer(i),
        _ => (string)value,
    };

    /// <summary>Valid values of a scalar parameter, supported values before preview/deprecated ones.</summary>
    private static IEnumerable<object> Candidates(ParameterContract parameter)
    {
        switch (parameter.Kind)
        {
            case ParameterKind.String:
            case ParameterKind.Size:
                if (parameter.Values.Count == 0)
                {
                    return new object[] { "A red apple on a white table.", "A blue pear." };
                }

                return parameter.Values.OrderBy(v => v.Status != ValueStatus.Supported).Select(v => (object)v.Value);
            case ParameterKind.Integer:
                int low = parameter.Minimum ?? 0;
                int high = parameter.Maximum ?? low + 100;
                return Enumerable.Range(low, high - low + 1).Cast<object>();
            case ParameterKind.Boolean:
                return new object[] { true, false };
            default:
                return new[] { PresentValue(parameter) };
        }
    }

    /// <summary>A valid value for a parameter that has to be present.</summary>
    private static object PresentValue(ParameterContract parameter) => parameter.Kind switch
    {
        ParameterKind.Image or ParameterKind.Images => FileValue(parameter, TestImages.Png(ImageEdge, ImageEdge)),
        ParameterKind.ImageReference or ParameterKind.MaskReference => ImageReference.FromFileId("file-rule-test"),
        ParameterKind.ImageReferences => new[] { ImageReference.FromFileId("file-rule-test") },
        _ => Candidates(parameter).First(),
    };

    private static object FileValue(ParameterContract parameter, byte[] bytes) => parameter.Kind switch
    {
        ParameterKind.Images => new[] { ImageFile.FromBytes(bytes) },
        ParameterKind.Image => ImageFile.FromBytes(bytes),
        ParameterKind.ImageReferences => new[] { ImageReference.FromDataUrl(bytes) },
        _ => ImageReference.FromDataUrl(bytes),
    };
}
