using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// The analyzer and the runtime validator judge requests with one engine, so for any request written as constants
/// the analyzer reports a subset of what <c>Validate()</c> reports: every compile-time diagnostic has a run-time
/// finding of the same kind on the same parameter (or rule). Random requests over every bundled model and endpoint,
/// mixing allowed values, values no model takes, edge numbers, free-form sizes, rejected and unknown parameters.
/// </summary>
public class AnalyzerSubsetPropertyTests
{
    private static readonly ContractCatalog Catalog = BundledContracts.Catalog;

    private static readonly string[] EndpointNames = ["generations", "edits", "json-edits", "variations", "responses"];

    private static readonly string[] HostModels = ["gpt-4.1", "gpt-5", "gpt-image-1", "o3"];

    /// <summary>The spec's asOf: the analyzer's "today", given to the validator as its clock.</summary>
    private static readonly DateTimeOffset AsOf = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Which run-time codes each analyzer diagnostic stands for.</summary>
    private static readonly Dictionary<string, string[]> RuntimeCodes = new()
    {
        ["IMG0001"] = [ValidationCodes.ValueNotAllowed],
        ["IMG0002"] = [ValidationCodes.ParameterRejected, ValidationCodes.UnknownParameter],
        ["IMG0003"] = [ValidationCodes.OutOfRange],
        ["IMG0004"] = [ValidationCodes.TooLong],
        ["IMG0005"] = [ValidationCodes.SizeEdge, ValidationCodes.SizeNotMultiple, ValidationCodes.SizeAspectRatio, ValidationCodes.SizePixels],
        ["IMG0008"] = [ValidationCodes.EndpointNotSupported],
        ["IMG0009"] = [ValidationCodes.UnknownModel],
        ["IMG0010"] = [ValidationCodes.ModelRetired],
        ["IMG0011"] = [ValidationCodes.HostNotSupported],
        ["IMG0012"] = [ValidationCodes.PreviewValue],
        ["IMG0013"] = [ValidationCodes.ModelDeprecated],
    };

    /// <summary>One constant request: <see cref="Model"/>, <see cref="Endpoint"/>, <see cref="Host"/> pick by index
    /// (modulo); each pair in <see cref="Picks"/> picks a parameter and a value for it.</summary>
    public sealed record Case(int Model, int Endpoint, int Host, (int Parameter, int Value)[] Picks);

    [Fact]
    public void Every_analyzer_diagnostic_is_a_validator_finding()
    {
        var cases = ArbMap.Default.GeneratorFor<Case>().ToArbitrary();
        var seen = new HashSet<string>();
        // A fixed seed in CI (the same 500 requests on every run); IMAGECONTRACTS_PROPERTY_TESTS=N runs N fresh ones.
        var config = Config.QuickThrowOnFailure.WithQuietOnSuccess(true);
        config = Environment.GetEnvironmentVariable("IMAGECONTRACTS_PROPERTY_TESTS") is { } count && int.TryParse(count, out var n)
            ? config.WithMaxTest(n)
            : config.WithMaxTest(500).WithReplay(new Replay(new Rnd(20261201UL, 20261203UL), null));
        Check.One(config, Prop.ForAll(cases, c => Agrees(c, seen)));

        // Not vacuous: the random requests reach the value, parameter, range, size, rule, endpoint and model checks.
        string[] expected = ["IMG0001", "IMG0002", "IMG0003", "IMG0005", "IMG0006", "IMG0008", "IMG0009", "IMG0010"];
        Assert.True(expected.All(seen.Contains), "diagnostics seen: " + string.Join(", ", seen.Order()));
    }

    private static bool Agrees(Case c, HashSet<string> seen)
    {
        var (endpoint, model, parameters, source) = Build(c);
        var diagnostics = AnalyzerHarness.AnalyzeAsync(source, includeLifecycle: true).GetAwaiter().GetResult()
            .Where(d => d.Id.StartsWith("IMG", StringComparison.Ordinal)).ToList();
        var validation = Catalog.Validate(endpoint, model, parameters, new ValidationOptions { TimeProvider = new FixedClock(AsOf) });
        foreach (var diagnostic in diagnostics)
        {
            seen.Add(diagnostic.Id);
            if (!Explained(diagnostic, source, validation))
            {
                throw new InvalidOperationException(
                    $"The analyzer reported what Validate() does not.\n  request: {endpoint} {model} {Describe(parameters)}\n  analyzer: {diagnostic}\n  validator: {validation}");
            }
        }

        return true;
    }

    private static bool Explained(Diagnostic diagnostic, string source, ValidationResult validation)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (diagnostic.Id is "IMG0006" or "IMG0007")
        {
            var rule = Regex.Match(message, @"rule '([^']+)'\)$").Groups[1].Value;
            var severity = diagnostic.Id == "IMG0006" ? RuleSeverity.Error : RuleSeverity.Warning;
            return validation.All.Any(f => f.Code == ValidationCodes.RulePrefix + rule && f.Severity == severity);
        }

        var codes = RuntimeCodes[diagnostic.Id];
        var at = source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
        // Value diagnostics sit on the dictionary entry; model and lifecycle ones name no parameter to compare.
        var wire = diagnostic.Id is "IMG0001" or "IMG0002" or "IMG0003" or "IMG0004" or "IMG0005" or "IMG0012"
            && Regex.Match(at, @"^\[""([^""]+)""\]") is { Success: true } key ? key.Groups[1].Value : null;
        return validation.All.Any(f => codes.Contains(f.Code) && (wire is null || f.Parameter == wire));
    }

    private static (string Endpoint, string? Model, Dictionary<string, object?> Parameters, string Source) Build(Case c)
    {
        var endpoint = EndpointNames[Index(c.Endpoint, EndpointNames.Length)];
        // One pick past the catalog is a model the spec does not know, asked with a known model's parameters; the next
        // is no model at all (the endpoint's default, where the spec records one).
        var pick = Index(c.Model, Catalog.Models.Count + 2);
        var imageModel = Catalog.Models[Math.Min(pick, Catalog.Models.Count - 1)];
        var contract = imageModel.Endpoints.FirstOrDefault(e => WireValue.Endpoint(e.Endpoint) == endpoint)
            ?? imageModel.Endpoints[Index(c.Model, imageModel.Endpoints.Count)];
        var parameters = new Dictionary<string, object?>();
        string? model = pick == Catalog.Models.Count ? "gpt-image-7-nebula" : pick > Catalog.Models.Count ? null : imageModel.Id;
        if (endpoint == "responses")
        {
            if (model is not null)
            {
                parameters["model"] = model; // else the tool's default image model
            }

            model = HostModels[Index(c.Host, HostModels.Length)];
        }

        var choices = contract.Parameters.Where(p => p.Kind is ParameterKind.String or ParameterKind.Integer or ParameterKind.Boolean or ParameterKind.Size)
            .Select(p => p.WireName).Concat(contract.Rejected.Select(r => r.WireName)).Append("not_a_parameter").ToList();
        foreach (var (parameterPick, valuePick) in c.Picks.Take(6))
        {
            var wire = choices[Index(parameterPick, choices.Count)];
            if (wire != "model")
            {
                parameters[wire] = ValueFor(contract.FindParameter(wire), valuePick);
            }
        }

        var entries = string.Join(", ", parameters.Select(p => $"[\"{p.Key}\"] = {Literal(p.Value)}"));
        var modelLiteral = model is null ? "null" : $"\"{model}\"";
        var (source, _) = AnalyzerHarness.Wrap($"ImageContract.Validate(\"{endpoint}\", {modelLiteral}, new Dictionary<string, object?> {{ {entries} }});");
        return (endpoint, model, parameters, source);
    }

    /// <summary>A value for the parameter: allowed ones, near misses and plain wrong ones, by <paramref name="pick"/>.</summary>
    private static object? ValueFor(ParameterContract? parameter, int pick)
    {
        var n = Math.Abs((long)pick);
        switch (parameter?.Kind)
        {
            case ParameterKind.Integer:
                long[] numbers = [parameter.Minimum ?? 0, parameter.Maximum ?? 100, (parameter.Minimum ?? 0) - 1, (parameter.Maximum ?? 100) + 1, -1, 0, n % 200];
                return numbers[n % numbers.Length];
            case ParameterKind.Boolean:
                return n % 2 == 0;
            case ParameterKind.String or ParameterKind.Size when parameter.Values.Count > 0 && n % 3 != 2:
                return parameter.Values[(int)(n / 4 % parameter.Values.Count)].Value;
            case ParameterKind.Size:
                int[] edges = [0, 16, 256, 512, 1000, 1024, 1536, 2048, 3840, 4096, 8192];
                var spread = n * 2654435761L % (edges.Length * edges.Length); // small picks still reach every pair
                return $"{edges[spread % edges.Length]}x{edges[spread / edges.Length]}";
            case ParameterKind.String when parameter.MaxLength is int max:
                return n % 2 == 0 ? "a cat" : new string('a', max + 1);
            default:
                string[] texts = ["auto", "bogus", "high", "hd", "png", "1024x1024", "transparent", ""];
                return n % 5 == 4 ? (object)(n % 50) : texts[n % texts.Length];
        }
    }

    private static string Literal(object? value) => value switch
    {
        string text => "\"" + text + "\"",
        bool flag => flag ? "true" : "false",
        long number => number.ToString(CultureInfo.InvariantCulture) + "L",
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => "null",
    };

    private static string Describe(Dictionary<string, object?> parameters) =>
        "{ " + string.Join(", ", parameters.Select(p => p.Key + " = " + Literal(p.Value))) + " }";

    private static int Index(int pick, int count) => (int)(Math.Abs((long)pick) % count);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
