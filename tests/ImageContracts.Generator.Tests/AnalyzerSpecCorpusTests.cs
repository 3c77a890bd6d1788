using System.Globalization;
using System.Text;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Parsing;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// Cases derived from the spec itself, so they grow with it: a violation and a valid use for every
/// condition rule, and a corpus of valid constant requests over every model, endpoint and value.
/// </summary>
public class AnalyzerSpecCorpusTests
{
    private static readonly SpecModel Spec = SpecParser.Parse([new SpecFileText("/s.imagespec.yaml", GeneratorHarness.SpecText, 0)], CancellationToken.None).Model!;

    public static TheoryData<string, string, string> Rules()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var model in Spec.Models)
        {
            foreach (var endpoint in model.Endpoints.Where(e => e.Kind.Body != "tool" && e.Kind.Id != "json-edits"))
            {
                foreach (var rule in endpoint.Rules.Where(r => r.Kind == Shared.RuleKind.Condition && r.Require.All(c => c.Test is Shared.ConditionTest.OneOf or Shared.ConditionTest.Equals or Shared.ConditionTest.Present or Shared.ConditionTest.Range or Shared.ConditionTest.Absent) && r.When.All(c => c.Test is not Shared.ConditionTest.Absent)))
                {
                    data.Add(model.Id, endpoint.Kind.Id, rule.Id);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Every_rule_has_a_located_violation_and_a_valid_use(string modelId, string endpointId, string ruleId)
    {
        var model = Spec.Models.Single(m => m.Id == modelId);
        var endpoint = model.Endpoints.Single(e => e.Kind.Id == endpointId);
        var rule = endpoint.Rules.Single(r => r.Id == ruleId);
        var required = rule.Require[0];

        var satisfied = WhenValues(endpoint, rule);
        if (required.Test != Shared.ConditionTest.Absent)
        {
            satisfied[required.Parameter] = SatisfyingValue(endpoint, required);
        }

        var violated = WhenValues(endpoint, rule);
        var markKey = required.Parameter;
        if (required.Test == Shared.ConditionTest.Present)
        {
            markKey = rule.When[0].Parameter; // nothing to point at but the parameter that needs it
        }
        else
        {
            violated[required.Parameter] = ViolatingValue(endpoint, required);
        }

        var expectedId = rule.Severity == Shared.RuleSeverity.Warning ? "IMG0007" : "IMG0006";
        var (source, span) = AnalyzerHarness.Wrap(CatalogCall(endpoint, model, violated, markKey));
        // A violation can break a second rule too (GIF + partial images also breaks partial-images-need-stream or gif-no-stream).
        var diagnostics = WithoutPreviews(await AnalyzerHarness.AnalyzeAsync(source));
        var diagnostic = Assert.Single(diagnostics, d => d.GetMessage().Contains($"rule '{rule.Id}'"));
        Assert.All(diagnostics, d => Assert.Contains("rule '", d.GetMessage()));
        Assert.Equal(expectedId, diagnostic.Id);
        Assert.Equal(source.Substring(span!.Value.Start, span.Value.Length), source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Contains($"rule '{rule.Id}'", diagnostic.GetMessage());

        var valid = WithoutPreviews(await AnalyzerHarness.AnalyzeAsync(AnalyzerHarness.Wrap(CatalogCall(endpoint, model, satisfied, markKey: null)).Source));
        Assert.True(valid.Length == 0, string.Join("\n", valid));
    }

    /// <summary>Rules over preview values (gpt-image-2's transparent background) also raise IMG0012; that is tested on its own.</summary>
    private static Microsoft.CodeAnalysis.Diagnostic[] WithoutPreviews(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Id != "IMG0012").ToArray();

    [Fact]
    public void The_rule_suite_covers_the_rules_of_the_spec()
    {
        var covered = Rules().Select(row => (string)row[2]).Distinct().ToList();
        var all = Spec.Models.SelectMany(m => m.Endpoints).Where(e => e.Kind.Body != "tool").SelectMany(e => e.Rules).Where(r => r.Kind == Shared.RuleKind.Condition).Select(r => r.Id).Distinct().ToList();
        Assert.Equal(all.Order(), covered.Order());
    }

    [Fact]
    public async Task A_corpus_of_valid_constant_requests_gives_no_diagnostic()
    {
        var statements = new StringBuilder();
        var count = 0;
        foreach (var model in Spec.Models)
        {
            foreach (var endpoint in model.Endpoints.Where(e => e.Kind.Id != "json-edits"))
            {
                foreach (var parameter in endpoint.Parameters.Where(p => p.Type is ParameterTypes.String or ParameterTypes.Size or ParameterTypes.Integer))
                {
                    foreach (var value in CorpusValues(parameter))
                    {
                        var values = Completed(endpoint, parameter.Wire, value);
                        statements.AppendLine(CatalogCall(endpoint, model, values, markKey: null));
                        count++;
                    }
                }
            }
        }

        Assert.True(count >= 200, $"corpus has only {count} requests");
        var (source, _) = AnalyzerHarness.Wrap(statements.ToString());
        var diagnostics = WithoutPreviews(await AnalyzerHarness.AnalyzeAsync(source)); // completing a rule can need a preview value (frame_count needs gif)
        Assert.True(diagnostics.Length == 0, $"{diagnostics.Length} diagnostics over {count} valid requests, e.g.:\n" + string.Join("\n", diagnostics.Take(10)));
    }

    /// <summary>Every listed value (previews aside), and the ends of every range.</summary>
    private static IEnumerable<object> CorpusValues(ParameterSpec parameter)
    {
        if (parameter.Type == ParameterTypes.Integer)
        {
            return new[] { parameter.Minimum, parameter.Maximum }.Where(v => v is not null).Select(v => (object)v!.Value).Distinct();
        }

        if (parameter.MaxLength is int max && parameter.Values.IsEmpty)
        {
            return new object[] { "a short text", new string('x', max) };
        }

        return parameter.Values.Where(v => v.Status != "preview").Select(v => (object)v.Value);
    }

    /// <summary>The value plus what the rules need for it to be valid (compression needs jpeg, partials need streaming, ...).</summary>
    private static Dictionary<string, object> Completed(EndpointSpec endpoint, string wire, object value)
    {
        var values = new Dictionary<string, object> { [wire] = value };
        foreach (var rule in endpoint.Rules.Where(r => r.Kind == Shared.RuleKind.Condition))
        {
            var applies = rule.When.All(c => values.TryGetValue(c.Parameter, out var v) && Holds(c, v));
            if (applies)
            {
                foreach (var require in rule.Require.Where(c => c.Test == Shared.ConditionTest.Absent ? values.ContainsKey(c.Parameter) : !values.ContainsKey(c.Parameter) || !Holds(c, values[c.Parameter])))
                {
                    if (values.ContainsKey(require.Parameter))
                    {
                        // The value itself breaks a rule (e.g. low quality with a default transparent background): drop the rule's trigger instead.
                        continue;
                    }

                    values[require.Parameter] = SatisfyingValue(endpoint, require);
                }
            }
        }

        return values;
    }

    private static bool Holds(ConditionSpec c, object value) => c.Test switch
    {
        Shared.ConditionTest.OneOf => value is string s && c.Values.Contains(s),
        Shared.ConditionTest.Equals => value is bool b && b == c.Boolean,
        Shared.ConditionTest.Range => value is long n && !(n < c.Minimum) && !(n > c.Maximum),
        Shared.ConditionTest.Present => true,
        _ => false,
    };

    private static Dictionary<string, object> WhenValues(EndpointSpec endpoint, RuleSpec rule)
    {
        var values = new Dictionary<string, object>();
        foreach (var condition in rule.When)
        {
            values[condition.Parameter] = condition.Test switch
            {
                Shared.ConditionTest.OneOf => condition.Values[0],
                Shared.ConditionTest.Equals => condition.Boolean!.Value,
                Shared.ConditionTest.Range => condition.Minimum ?? condition.Maximum!.Value,
                _ => AnyValue(endpoint.Parameters.Single(p => p.Wire == condition.Parameter)),
            };
        }

        return values;
    }

    private static object SatisfyingValue(EndpointSpec endpoint, ConditionSpec c) => c.Test switch
    {
        Shared.ConditionTest.Equals => c.Boolean!.Value,
        Shared.ConditionTest.Present => AnyValue(endpoint.Parameters.Single(p => p.Wire == c.Parameter)),
        Shared.ConditionTest.Range => c.Minimum ?? c.Maximum!.Value,
        _ => c.Values[0],
    };

    /// <summary>Stands for a file in a generated dictionary literal.</summary>
    private sealed record FileValue;

    private static object ViolatingValue(EndpointSpec endpoint, ConditionSpec c) => c.Test switch
    {
        Shared.ConditionTest.Equals => !c.Boolean!.Value,
        Shared.ConditionTest.Range => c.Maximum is long max ? max + 1 : c.Minimum!.Value - 1,
        Shared.ConditionTest.Absent => AnyValue(endpoint.Parameters.Single(p => p.Wire == c.Parameter)),
        _ => endpoint.Parameters.Single(p => p.Wire == c.Parameter).Values.First(v => !c.Values.Contains(v.Value) && v.Status != "preview").Value,
    };

    private static object AnyValue(ParameterSpec p) => p.Type switch
    {
        ParameterTypes.Image or ParameterTypes.Images => new FileValue(),
        ParameterTypes.Integer => p.Minimum ?? 1L,
        ParameterTypes.Boolean => true,
        _ => p.Values.FirstOrDefault(v => v.Status != "preview")?.Value ?? "x",
    };

    private static string CatalogCall(EndpointSpec endpoint, ModelSpec model, Dictionary<string, object> values, string? markKey)
    {
        var entries = values.Select(kv =>
        {
            var entry = $"[\"{kv.Key}\"] = {Literal(kv.Value)}";
            return kv.Key == markKey ? "[|" + entry + "|]" : entry;
        });
        if (!values.ContainsKey("prompt") && endpoint.Parameters.Any(p => p.Wire == "prompt"))
        {
            entries = entries.Prepend("[\"prompt\"] = \"p\"");
        }

        var (endpointName, modelArgument) = endpoint.Kind.Body == "tool" ? ("responses", "\"gpt-4.1\"") : (endpoint.Kind.Name, $"\"{model.Id}\"");
        if (endpoint.Kind.Body == "tool")
        {
            entries = entries.Prepend($"[\"model\"] = \"{model.Id}\"");
        }

        return $"ImageContract.Validate(\"{endpointName}\", {modelArgument}, new Dictionary<string, object?> {{ {string.Join(", ", entries)} }});";
    }

    private static string Literal(object value) => value switch
    {
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        long n => n.ToString(CultureInfo.InvariantCulture),
        FileValue => "new byte[] { 137, 80, 78, 71 }",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}
