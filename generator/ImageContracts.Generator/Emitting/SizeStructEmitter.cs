using System.Linq;
using ImageContracts.Generator.Binding;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Emitting;

/// <summary>
/// Emits the size type of a model with free-form sizes: named constants for the listed sizes, and a
/// constructor that checks any other WIDTHxHEIGHT against the spec's constraints.
/// </summary>
internal static class SizeStructEmitter
{
    public static void Emit(SourceWriter w, ModelSpec model, ValueTypePlan.ValueType type, string freeFormContract)
    {
        var name = type.Name;
        var p = type.Parameter;
        w.Summary($"A <c>{p.Wire}</c> that {model.Id} accepts: one of the named values, or any WIDTHxHEIGHT that passes the checks of the constructor. " + Code.Xml(Docs.Constraints(p)));
        w.Line($"public readonly partial struct {name} : global::System.IEquatable<{name}>");
        w.OpenBrace();
        w.Line("private readonly string? _text;");
        w.Line();
        w.Line($"private {name}(string text) => _text = text;");
        w.Line();
        w.Summary("Creates a WIDTHxHEIGHT size after checking it against the model's size rules.");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The size breaks a rule; the message says which and what is allowed.</exception>");
        w.Line($"public {name}(int width, int height)");
        w.OpenBrace();
        w.Line("var problem = Rules.Check(width, height);");
        w.Block("if (problem is not null)", () => w.Line("throw new global::System.ArgumentOutOfRangeException(nameof(width), problem);"));
        w.Line();
        w.Line("_text = global::ImageContracts.WireValue.Size(width, height);");
        w.CloseBrace();
        foreach (var value in p.Values)
        {
            w.Line();
            w.Summary(ModelEmitter.ValueDoc(value));
            w.Line($"public static {name} {value.MemberName} {{ get; }} = new({Code.String(value.Value)});");
        }

        w.Line();
        w.Line($"private static readonly {name}[] Named = {{ {string.Join(", ", p.Values.Select(v => v.MemberName))} }};");
        w.Line();
        w.Summary("True for <c>auto</c>, which is also what <c>default</c> means.");
        w.Line("public bool IsAuto => _text is null || _text == \"auto\";");
        w.Line();
        w.Summary("Creates a WIDTHxHEIGHT size, or says why the model would reject it.");
        w.Line($"public static bool TryCreate(int width, int height, out {name} size, out string? problem)");
        w.OpenBrace();
        w.Line("problem = Rules.Check(width, height);");
        w.Line($"size = problem is null ? new {name}(global::ImageContracts.WireValue.Size(width, height)) : default;");
        w.Line("return problem is null;");
        w.CloseBrace();
        w.Line();
        w.Summary("Reads wire text such as <c>auto</c> or <c>2048x1152</c>; false when the model would reject it.");
        w.Line($"public static bool TryParse(string? text, out {name} size)");
        w.OpenBrace();
        w.Block("foreach (var named in Named)", () => w.Block("if (named._text == text)", () =>
        {
            w.Line("size = named;");
            w.Line("return true;");
        }));
        w.Line("size = default;");
        w.Line("return global::ImageContracts.WireValue.TryParseSize(text, out var width, out var height) && TryCreate(width, height, out size, out _);");
        w.CloseBrace();
        w.Line();
        w.Summary("The wire text, such as <c>1024x1024</c> or <c>auto</c>.");
        w.Line("public override string ToString() => _text ?? \"auto\";");
        w.Line();
        w.Summary("Sizes are equal when their wire text is.");
        w.Line($"public bool Equals({name} other) => ToString() == other.ToString();");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(ToString());");
        w.Line();
        w.Summary("Equality by wire text.");
        w.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        w.Line();
        w.Summary("Inequality by wire text.");
        w.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        w.Line();
        w.Line($"private static global::ImageContracts.FreeFormSizeContract Rules => {freeFormContract};");
        w.CloseBrace();
        w.Line();
        w.Summary($"The wire text of a <see cref=\"{name}\"/>.");
        w.Line($"public static string ToWire({name} value) => value.ToString();");
    }
}
