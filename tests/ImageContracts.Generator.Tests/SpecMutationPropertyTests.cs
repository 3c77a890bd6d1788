using FsCheck;
using FsCheck.Fluent;
using ImageContracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// Thousands of random mutations of the real spec (deleted lines, swapped values, truncation, wrong
/// types, stray tabs) must give located diagnostics or code that parses, and never an exception.
/// </summary>
public class SpecMutationPropertyTests
{
    private static readonly string[] Lines = GeneratorHarness.SpecText.Replace("\r\n", "\n").Split('\n');

    /// <summary>What to do (<see cref="Kind"/>) and where (<see cref="A"/>, <see cref="B"/>, <see cref="C"/> pick lines and values).</summary>
    public sealed record Mutation(int Kind, int A, int B, int C)
    {
        public string Apply()
        {
            var lines = Lines.ToList();
            int Line(int n) => Math.Abs(n) % lines.Count;
            switch (Math.Abs(Kind) % 8)
            {
                case 0: // delete a few lines
                    var start = Line(A);
                    lines.RemoveRange(start, Math.Min(1 + (Math.Abs(B) % 4), lines.Count - start));
                    break;
                case 1: // swap the values of two "key: value" lines
                    var (i, j) = (Line(A), Line(B));
                    var (vi, vj) = (ValueOf(lines[i]), ValueOf(lines[j]));
                    if (vi is not null && vj is not null)
                    {
                        lines[i] = KeyOf(lines[i]) + vj;
                        lines[j] = KeyOf(lines[j]) + vi;
                    }

                    break;
                case 2: // truncate the file mid-line
                    var text = string.Join("\n", lines);
                    return text.Substring(0, Math.Abs(A) % text.Length);
                case 3: // replace a value with a value of the wrong type
                    var k = Line(A);
                    string[] wrong = ["[1, 2]", "{ a: b }", "-5", "9999999999999999999999", "\"\"", "~", "true", "x y z", "2026-13-45"];
                    if (ValueOf(lines[k]) is not null)
                    {
                        lines[k] = KeyOf(lines[k]) + wrong[Math.Abs(B) % wrong.Length];
                    }

                    break;
                case 4: // duplicate a line (duplicate keys, broken lists)
                    var d = Line(A);
                    lines.Insert(d, lines[d]);
                    break;
                case 5: // indent a line with a tab or an odd number of spaces
                    var t = Line(A);
                    lines[t] = (B % 2 == 0 ? "\t" : " ") + lines[t];
                    break;
                case 6: // insert a YAML-significant character somewhere in a line
                    var c = Line(A);
                    var chars = ":{}[],&*#?|-<>=!%@`'\"";
                    var at = lines[c].Length == 0 ? 0 : Math.Abs(B) % lines[c].Length;
                    lines[c] = lines[c].Insert(at, chars[Math.Abs(C) % chars.Length].ToString());
                    break;
                default: // move a block of lines elsewhere
                    var from = Line(A);
                    var count = Math.Min(1 + (Math.Abs(B) % 6), lines.Count - from);
                    var block = lines.GetRange(from, count);
                    lines.RemoveRange(from, count);
                    lines.InsertRange(Math.Abs(C) % (lines.Count + 1), block);
                    break;
            }

            return string.Join("\n", lines);
        }

        private static string? ValueOf(string line)
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            return colon < 0 || line.TrimStart().StartsWith('#') ? null : line.Substring(colon + 2);
        }

        private static string KeyOf(string line) => line.Substring(0, line.IndexOf(": ", StringComparison.Ordinal) + 2);
    }

    private static readonly Arbitrary<Mutation> Mutations =
        Gen.Choose(0, 7).SelectMany(kind => Gen.Choose(0, 100_000).SelectMany(a => Gen.Choose(0, 100_000).SelectMany(b => Gen.Choose(0, 100_000).Select(c => new Mutation(kind, a, b, c)))))
            .ToArbitrary();

    [Fact]
    public void Mutated_specs_give_located_diagnostics_or_valid_code_never_an_exception()
    {
        var driver = GeneratorHarness.Driver(Array.Empty<AdditionalText>());
        var compilation = GeneratorHarness.Compilation("class A { }");
        var property = Prop.ForAll(Mutations, mutation =>
        {
            var yaml = mutation.Apply();
            var spec = new TestAdditionalText("/specs/mutated.imagespec.yaml", yaml);
            var run = driver.AddAdditionalTexts([spec]).RunGenerators(compilation).GetRunResult().Results.Single();

            Assert.Null(run.Exception);
            foreach (var diagnostic in run.Diagnostics)
            {
                Assert.DoesNotContain("could not be read", diagnostic.GetMessage());
                Assert.True(diagnostic.Id == "IMGSPEC010" || diagnostic.Location.GetLineSpan().Path == spec.Path, $"unlocated: {diagnostic} for {mutation}");
            }

            if (!run.Diagnostics.Any(d => d.DefaultSeverity == DiagnosticSeverity.Error))
            {
                foreach (var source in run.GeneratedSources)
                {
                    var syntax = CSharpSyntaxTree.ParseText(source.SourceText, GeneratorHarness.ParseOptions).GetDiagnostics().ToList();
                    Assert.True(syntax.Count == 0, $"{mutation} produced unparsable {source.HintName}: {string.Join("; ", syntax.Take(3))}");
                }
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void The_parser_never_throws_on_arbitrary_text()
    {
        var property = Prop.ForAll(ArbMap.Default.ArbFor<string>(), (string text) =>
        {
            var result = SpecParser.Parse([new SpecFileText("/x.imagespec.yaml", text ?? string.Empty, 0)], CancellationToken.None);
            Assert.DoesNotContain(result.Diagnostics, d => d.ToDiagnostic().GetMessage().Contains("could not be read"));
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true), property);
    }
}
