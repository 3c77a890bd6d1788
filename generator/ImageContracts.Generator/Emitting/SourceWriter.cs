using System;
using System.Text;

namespace ImageContracts.Generator.Emitting;

/// <summary>An indented text writer for generated C#: plain text reads better than SyntaxFactory output.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter OpenBrace()
    {
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBrace(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>Writes <c>{ ... }</c> around <paramref name="body"/>.</summary>
    public SourceWriter Block(string header, Action body, string suffix = "")
    {
        Line(header);
        OpenBrace();
        body();
        CloseBrace(suffix);
        return this;
    }

    /// <summary>An XML doc <c>&lt;summary&gt;</c>, one <c>///</c> line per text line.</summary>
    public SourceWriter Summary(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        Line("/// <summary>");
        foreach (var line in Code.XmlLines(text!))
        {
            Line("/// " + line);
        }

        return Line("/// </summary>");
    }

    public override string ToString() => _builder.ToString();
}
